/**
 * The reader's language: English, Japanese or Korean, chosen by the URL prefix ({@code /ja/…}, {@code /ko/…}),
 * then a remembered switch (cookie), then {@code Accept-Language}, and resolved once per request by Spring's
 * {@link org.springframework.web.servlet.LocaleResolver}. Everything else reads it as the request's
 * {@link java.util.Locale}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "system")
@org.jspecify.annotations.NullMarked
package org.ap4tracker.language;
