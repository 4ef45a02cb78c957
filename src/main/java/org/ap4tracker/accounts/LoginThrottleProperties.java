package org.ap4tracker.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are tolerated: {@code accountFailures} for one username, or
 * {@code addressFailures} from one client address, within {@code window} lock it for {@code lockout}.
 * An address gets more room than an account because many people can share one (an office, a NAT).
 *
 * @param accountFailures failed sign-ins for one username within the window before it is locked (5 unless set)
 * @param addressFailures failed sign-ins from one client address within the window before it is locked (20 unless set)
 * @param window the time over which failures are counted (5 minutes unless set)
 * @param lockout how long a locked username or address stays locked (15 minutes unless set)
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
