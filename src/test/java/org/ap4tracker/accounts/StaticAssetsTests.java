package org.ap4tracker.accounts;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Style sheets and scripts keep the site's security headers but pass none of the session, request-cache or CSRF work. */
@TrackerIntegrationTest
class StaticAssetsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void aStyleSheetCarriesTheSecurityHeadersAndNoCookie() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/assets/css/app.css")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000");
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void assetsPassNoSessionRequestCacheOrCsrfFilter() {
        assertThat(securityFilters.getFilters("/assets/css/app.css"))
                .noneMatch(filter -> filter instanceof CsrfFilter || filter instanceof RequestCacheAwareFilter
                        || filter instanceof SessionManagementFilter);
        assertThat(securityFilters.getFilters("/admin"))
                .anyMatch(filter -> filter instanceof CsrfFilter);
    }
}
