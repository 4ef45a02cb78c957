package org.ap4tracker.language;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch: a link to the page with {@code ?lang=ja}. Spring's {@link LocaleChangeInterceptor}
 * remembers the choice (through {@link ReaderLocaleResolver}, in a cookie), and then, rather than rendering the
 * page under an address carrying the parameter, this sends the reader on to the page's own address in that
 * language ({@code /ja/…}), so the address bar shows a clean link to share and no cacheable page sets a cookie.
 */
class LanguageSwitchInterceptor extends LocaleChangeInterceptor {

    static final String PARAMETER = "lang";

    LanguageSwitchInterceptor() {
        setParamName(PARAMETER);
        setHttpMethods("GET");
        setIgnoreInvalidLocale(true);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws ServletException {
        String requested = request.getParameter(PARAMETER);
        Optional<ReaderLanguage> language = Arrays.stream(ReaderLanguage.values())
                .filter(candidate -> candidate.tag().equals(requested)).findFirst();
        if (language.isEmpty() || !"GET".equals(request.getMethod())
                || !(request.getAttribute(LanguagePrefixFilter.PAGE_ADDRESS) instanceof String page)) {
            return true;
        }
        super.preHandle(request, response, handler);
        String target = UriComponentsBuilder.fromUriString(page).replaceQueryParam(PARAMETER).build().toUriString();
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + language.get().prefix() + target);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return false;
    }
}
