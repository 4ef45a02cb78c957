package org.ap4tracker.linkcheck;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the link checker behaves ({@code ap4.link-check.*}).
 *
 * @param enabled whether the scheduled run checks anything at all
 * @param interval the time between two runs (and before the first)
 * @param recheckAfter how old a check must be before its address is checked again
 * @param batchSize the most addresses one run checks
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer once connected, so a server that never answers costs this
 * @param perHostInterval the least time between two requests to the same host
 * @param maxRedirects how many redirects to follow before giving up
 * @param userAgent how the checker names itself to the sites it visits; its first word is what robots.txt rules
 *     for it name
 */
@ConfigurationProperties("ap4.link-check")
public record LinkCheckProperties(boolean enabled, Duration interval, Duration recheckAfter, int batchSize,
        Duration connectTimeout, Duration requestTimeout, Duration perHostInterval, int maxRedirects,
        String userAgent) {

    public LinkCheckProperties {
        interval = interval != null ? interval : Duration.ofHours(6);
        recheckAfter = recheckAfter != null ? recheckAfter : Duration.ofDays(7);
        batchSize = batchSize > 0 ? batchSize : 500;
        connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(10);
        requestTimeout = requestTimeout != null ? requestTimeout : Duration.ofSeconds(20);
        perHostInterval = perHostInterval != null ? perHostInterval : Duration.ofSeconds(5);
        maxRedirects = maxRedirects > 0 ? maxRedirects : 5;
        userAgent = userAgent != null && !userAgent.isBlank() ? userAgent
                : "AP4TrackerLinkChecker/1.0 (checks the sources AP4 Tracker cites; obeys robots.txt)";
    }

    /** The name robots.txt groups address this checker by: the User-Agent's product token. */
    String robotsName() {
        String product = userAgent.strip().split("[\\s/]", 2)[0];
        return product.isEmpty() ? "*" : product;
    }
}
