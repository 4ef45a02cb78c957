package org.ap4tracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A desk upload larger than the servlet's multipart limit ({@code spring.servlet.multipart.max-request-size})
 * never reaches its form: Spring Security reads the CSRF token from the body, Tomcat refuses to parse a body that
 * large, and the editor would get a bare error page and the log a stack trace. This filter, ahead of security,
 * answers such a request from its declared length alone, without reading the body: it sends the editor back to the
 * address the form was posted to, which for every desk upload form (pictures, imports) is also the address that
 * shows it, with the flash attribute {@value #FLASH}; the form's page turns it into the message beside the file
 * field. Files between a form's own limit and the servlet's reach the form and are refused there, in place.
 * <p>
 * Nothing changes state here, so skipping the CSRF check costs nothing: at worst a forged post shows an editor
 * that message once.
 */
@Component
// After Spring Session's filter (so the flash lands in the session the next page reads) and the language prefix,
// before Spring Security's chain (which would read the body for its CSRF token).
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
public class OversizedUploads extends OncePerRequestFilter {

    /** Present, on the form page a refused upload is sent back to, when the file was over the limit. */
    public static final String FLASH = "uploadTooLarge";

    private static final String DESK = "/admin/";

    private final long largestRequest;

    private final SessionFlashMapManager flashes = new SessionFlashMapManager();

    OversizedUploads(MultipartConfigElement multipart) {
        this.largestRequest = multipart.getMaxRequestSize();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return largestRequest < 0 || !HttpMethod.POST.matches(request.getMethod()) || contentType == null
                || !contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                || !request.getRequestURI().substring(request.getContextPath().length()).startsWith(DESK);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= largestRequest) {
            chain.doFilter(request, response);
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put(FLASH, Boolean.TRUE);
        flashes.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(response.encodeRedirectURL(request.getRequestURI()));
    }
}
