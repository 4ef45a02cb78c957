package org.ap4tracker.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route under /admin, found from the handler mappings so a new screen cannot slip through: who may
 * reach it, and that state changes are POSTs that need the CSRF token.
 */
@TrackerIntegrationTest
@Transactional
class AdminAccessTests {

    /** Routes only administrators may use. */
    static final List<String> ADMIN_ONLY = List.of("/admin/users", "/admin/audit");

    static final Map<String, String> EXAMPLE_VALUES = Map.of(
            "{slug}", "2023-07-11-vilnius-summit",
            "{username}", "admin",
            "{revision}", "1",
            "{code}", "JP",
            "{id}", "1",
            "{handle}", "0123456789abcdef",
            "{lang}", "ja",
            "{kind:developments|actors|topics}", "topics",
            "{key}", "space",
            "{sha256:[0-9a-f]{64}}", "0".repeat(64));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anonymousVisitorsAreSentToSignInFromEveryAdminRoute() throws Exception {
        for (Route route : adminRoutes()) {
            MvcResult result = perform(route, anonymous(), true);
            assertThat(result.getResponse().getStatus()).as(route.toString()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(route.toString()).endsWith("/login");
        }
    }

    @Test
    void editorsReachEditorialRoutesButNotAccountsOrTheAuditLog() throws Exception {
        for (Route route : adminRoutes()) {
            int status = perform(route, user("editor").roles("EDITOR"), true).getResponse().getStatus();
            if (route.adminOnly()) {
                assertThat(status).as(route.toString()).isEqualTo(403);
            }
            else {
                assertThat(status).as(route.toString()).isNotIn(401, 403);
            }
        }
    }

    @Test
    void administratorsReachEveryRoute() throws Exception {
        for (Route route : adminRoutes()) {
            assertThat(perform(route, user("admin").roles("ADMIN"), true).getResponse().getStatus())
                    .as(route.toString()).isNotIn(401, 403);
        }
    }

    @Test
    void everyStateChangeIsAPostThatNeedsTheCsrfToken() throws Exception {
        List<Route> posts = adminRoutes().stream().filter(route -> route.method() == HttpMethod.POST).toList();
        assertThat(posts).hasSizeGreaterThan(10);
        for (Route route : posts) {
            assertThat(perform(route, user("admin").roles("ADMIN"), false).getResponse().getStatus())
                    .as(route + " without a CSRF token").isEqualTo(403);
        }
        assertThat(adminRoutes()).allMatch(route -> route.method() == HttpMethod.GET || route.method() == HttpMethod.POST);
    }

    /** Each module declares its own desk links; an editor is not shown the ones only administrators may open. */
    @Test
    void theDeskNavigationShowsEachAccountThePagesItMayOpen() throws Exception {
        List<String> editor = navigation(user("editor").roles("EDITOR"));
        List<String> admin = navigation(user("admin").roles("ADMIN"));

        assertThat(editor).containsExactly("/admin", "/admin/events", "/admin/developments", "/admin/actors",
                "/admin/topics", "/admin/imports", "/admin/links", "/admin/tokens", "/");
        assertThat(admin).containsExactly("/admin", "/admin/events", "/admin/developments", "/admin/actors",
                "/admin/topics", "/admin/imports", "/admin/links", "/admin/tokens", "/admin/users", "/admin/audit", "/");
    }

    private List<String> navigation(RequestPostProcessor who) throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.get("/admin/events").with(who)).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select(".admin-nav a").eachAttr("href");
    }

    private MvcResult perform(Route route, RequestPostProcessor who, boolean withCsrf) throws Exception {
        var request = MockMvcRequestBuilders.request(route.method(), route.path()).with(who);
        if (withCsrf) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn();
    }

    private List<Route> adminRoutes() {
        List<Route> routes = mappings.getHandlerMethods().keySet().stream()
                .flatMap(AdminAccessTests::routes)
                .filter(route -> route.path().startsWith("/admin"))
                .distinct()
                .toList();
        assertThat(routes).extracting(Route::path).contains("/admin", "/admin/events/2023-07-11-vilnius-summit",
                "/admin/users/admin");
        return routes;
    }

    private static Stream<Route> routes(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return info.getPatternValues().stream().flatMap(pattern -> {
            String path = pattern;
            for (var example : EXAMPLE_VALUES.entrySet()) {
                path = path.replace(example.getKey(), example.getValue());
            }
            String concrete = path;
            boolean adminOnly = ADMIN_ONLY.stream().anyMatch(concrete::startsWith);
            return methods.stream().map(method -> new Route(HttpMethod.valueOf(method.name()), concrete, adminOnly));
        });
    }

    record Route(HttpMethod method, String path, boolean adminOnly) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
