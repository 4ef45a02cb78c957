package org.ap4tracker.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the desk's layout which section a page belongs to, so its navigation can mark the current link
 * ({@code aria-current="page"}). Thymeleaf no longer exposes the request to templates, hence the model.
 */
@ControllerAdvice(basePackages = {"org.ap4tracker.admin", "org.ap4tracker.accounts", "org.ap4tracker.audit",
        "org.ap4tracker.images"})
class AdminNavigation {

    static final String ATTRIBUTE = "deskSection";

    @ModelAttribute(ATTRIBUTE)
    String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/admin/")) {
            return path;
        }
        int end = path.indexOf('/', "/admin/".length());
        return end < 0 ? path : path.substring(0, end);
    }
}
