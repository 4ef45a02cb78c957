package org.ap4tracker.api.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 403 as problem JSON: a signed-in caller without the editor role, or a session request without its CSRF token. */
// Deliberate parallel of ProblemAuthenticationEntryPoint: Spring Security asks for two interfaces, 403 and 401.
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ApiProblems problems;

    ProblemAccessDeniedHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, denied instanceof CsrfException
                ? ApiProblemException.of(ProblemType.CSRF_REJECTED, """
                        This request is signed in by the site's session, so it must carry the session's CSRF token \
                        in the X-CSRF-TOKEN header, as the editorial desk's pages do. It carried none, or a wrong \
                        one. Scripts outside the browser should use an API token instead.""")
                : ApiProblemException.of(ProblemType.FORBIDDEN,
                        "This account lacks the editor role, which this request needs."));
    }
}
