package org.ap4tracker.admin;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.system.DeskLink;
import org.ap4tracker.system.DeskLinks;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the desk's layout its navigation: the {@link DeskLink}s every module declares for its own desk pages,
 * those the account may open, and which section a page belongs to, so the navigation can mark the current link
 * ({@code aria-current="page"}). Thymeleaf no longer exposes the request to templates, hence the model. It
 * advises every controller, since desk pages live in several modules; outside {@code /admin} it adds nothing.
 */
@ControllerAdvice
class AdminNavigation {

    static final String SECTION = "deskSection";

    static final String LINKS = "deskLinks";

    private static final String DESK = "/admin";

    private final List<DeskLink> links;

    AdminNavigation(List<DeskLinks> modules) {
        this.links = modules.stream().flatMap(module -> module.links().stream())
                .sorted(Comparator.comparingInt(DeskLink::position)).toList();
    }

    @ModelAttribute(SECTION)
    String section(HttpServletRequest request) {
        String path = path(request);
        if (!path.startsWith(DESK + "/")) {
            return path;
        }
        int end = path.indexOf('/', DESK.length() + 1);
        return end < 0 ? path : path.substring(0, end);
    }

    @ModelAttribute(LINKS)
    List<DeskLink> links(HttpServletRequest request) {
        String path = path(request);
        if (!path.equals(DESK) && !path.startsWith(DESK + "/")) {
            return List.of();
        }
        return links.stream().filter(link -> link.role() == null || request.isUserInRole(link.role())).toList();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
