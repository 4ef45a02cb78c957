package org.ap4tracker.admin.reference;

import java.io.UnsupportedEncodingException;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Requests as a signed-in editor sends them, and the pages they get back, for the admin web tests. */
final class AdminRequests {

    private AdminRequests() {
    }

    static RequestPostProcessor editor() {
        return editor("editor");
    }

    static RequestPostProcessor editor(String username) {
        return user(username).roles("EDITOR");
    }

    static MockHttpServletRequestBuilder pageAsEditor(String path) {
        return get(path).with(editor());
    }

    /**
     * The page a form post redirected to, fetched with the post's session cookie as a browser would, so that
     * the flash message kept in the (PostgreSQL-backed) session shows.
     */
    static MockHttpServletRequestBuilder redirectFollowed(MvcResult posted) {
        String target = posted.getResponse().getRedirectedUrl();
        if (target == null) {
            throw new AssertionError("The post did not redirect but answered "
                    + posted.getResponse().getStatus());
        }
        MockHttpServletRequestBuilder request = get(target).with(editor());
        Cookie[] cookies = posted.getResponse().getCookies();
        return cookies.length == 0 ? request : request.cookie(cookies);
    }

    /** A form post with the session's CSRF token, as th:action forms send it. */
    static MockHttpServletRequestBuilder formAsEditor(String path, String... namesAndValues) {
        return formAs("editor", path, namesAndValues);
    }

    static MockHttpServletRequestBuilder formAs(String username, String path, String... namesAndValues) {
        MockHttpServletRequestBuilder request = post(path).with(editor(username)).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    static Document html(MvcResult result) throws UnsupportedEncodingException {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** The error message shown next to the named input, or an empty string if the field has none. */
    static String errorNextTo(Document page, String field) {
        Element input = page.selectFirst("[name=" + field + "]");
        if (input == null) {
            throw new AssertionError("No field " + field + " on the page");
        }
        Element wrapper = input.closest(".field");
        if (wrapper == null || !wrapper.hasClass("has-error")) {
            return "";
        }
        return wrapper.select(".field-error").text();
    }

    static String valueOf(Document page, String field) {
        Element input = page.selectFirst("[name=" + field + "]");
        if (input == null) {
            throw new AssertionError("No field " + field + " on the page");
        }
        if (input.tagName().equals("textarea")) {
            return input.wholeText().replaceFirst("^\n", "");
        }
        if (input.tagName().equals("select")) {
            Element selected = input.selectFirst("option[selected]");
            return selected == null ? "" : selected.val();
        }
        return input.val();
    }
}
