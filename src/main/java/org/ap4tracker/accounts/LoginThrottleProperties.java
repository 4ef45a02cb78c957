package org.ap4tracker.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are tolerated: {@code accountFailures} for one username, or
 * {@code addressFailures} from one client address, within {@code window} lock it for {@code lockout}.
 * An address gets more room than an account because many people can share one (an office, a NAT).
 */
@ConfigurationProperties("ap4.login-throttle")
record LoginThrottleProperties(int accountFailures, int addressFailures, Duration window, Duration lockout) {

    LoginThrottleProperties {
        accountFailures = accountFailures > 0 ? accountFailures : 5;
        addressFailures = addressFailures > 0 ? addressFailures : 20;
        window = window != null ? window : Duration.ofMinutes(5);
        lockout = lockout != null ? lockout : Duration.ofMinutes(15);
    }
}
