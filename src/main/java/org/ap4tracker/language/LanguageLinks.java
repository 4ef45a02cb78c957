package org.ap4tracker.language;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ap4tracker.system.PublicUrls;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The current page in every language, for the layouts: {@code hreflang} alternates in the head (absolute, from
 * the public address) and the visible switch in the header (links that work without JavaScript). Templates call
 * it as {@code @languageLinks.current()}.
 */
@Component("languageLinks")
public class LanguageLinks {

    /**
     * One language of the page: {@code href} for the switch, {@code alternate} for {@code hreflang},
     * {@code openGraphLocale} for {@code og:locale} and {@code og:locale:alternate}.
     */
    public record Link(String tag, String name, String href, String alternate, boolean current,
            String openGraphLocale) {
    }

    /** Every language of the page, and the address that picks one for the reader ({@code x-default}). */
    public record Links(List<Link> languages, String negotiated, String origin, String prefix) {

        /**
         * A page's canonical address in the language shown: each language's page is its own canonical page (as
         * {@code hreflang} requires), so {@code https://site/events/x} becomes {@code https://site/ja/events/x}.
         */
        public String canonical(String url) {
            return prefix.isEmpty() || !url.startsWith(origin + "/") ? url
                    : origin + prefix + url.substring(origin.length());
        }
    }

    private final PublicUrls urls;

    LanguageLinks(PublicUrls urls) {
        this.urls = urls;
    }

    public Links current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String page = request.getAttribute(LanguagePrefixFilter.PAGE_ADDRESS) instanceof String address ? address : "/";
        String plain = UriComponentsBuilder.fromUriString(page).replaceQueryParam(LanguageSwitchInterceptor.PARAMETER)
                .build().toUriString();
        ReaderLanguage shown = ReaderLanguage.of(LocaleContextHolder.getLocale()).orElse(ReaderLanguage.ENGLISH);
        List<Link> links = Arrays.stream(ReaderLanguage.values()).map(language -> new Link(language.tag(),
                language.autonym(),
                request.getContextPath() + language.prefix() + UriComponentsBuilder.fromUriString(plain)
                        .replaceQueryParam(LanguageSwitchInterceptor.PARAMETER, language.tag()).build().toUriString(),
                urls.of(language.prefix() + plain), language == shown, language.openGraphLocale())).toList();
        return new Links(links, urls.of(plain), urls.origin(), shown.prefix());
    }
}
