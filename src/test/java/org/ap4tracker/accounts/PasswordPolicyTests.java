package org.ap4tracker.accounts;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rules of ASVS 5.0 V6 at level 2: length, a list of common passwords, not the username. */
class PasswordPolicyTests {

    static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void theShippedListHoldsAtLeastAHundredThousandPasswords() throws Exception {
        try (var lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                new ClassPathResource("accounts/common-passwords.txt.gz").getInputStream()), StandardCharsets.UTF_8))) {
            assertThat(lines.lines().count()).isGreaterThanOrEqualTo(100_000);
        }
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"password1234", "PASSWORD1234", "Password1234", "123456789012", "qwertyuiopasdfgh"}) {
            assertThatThrownBy(() -> POLICY.check("someone", common)).as(common)
                    .isInstanceOf(AccountException.class)
                    .extracting("messageCode").isEqualTo("account.password.common");
        }
    }

    @Test
    void aPasswordContainingTheUsernameForwardsOrBackwardsIsRefused() {
        assertThatThrownBy(() -> POLICY.check("marguerite", "hello Marguerite, my friend"))
                .extracting("messageCode").isEqualTo("account.password.containsUsername");
        assertThatThrownBy(() -> POLICY.check("marguerite", "etireugram is a backwards name"))
                .extracting("messageCode").isEqualTo("account.password.containsUsername");
    }

    @Test
    void lengthCountsCharactersNotBytesAndNoCompositionIsDemanded() {
        assertThatThrownBy(() -> POLICY.check("someone", "short phrase".substring(0, 11)))
                .extracting("messageCode").isEqualTo("account.password.tooShort");
        assertThat(POLICY.accepts("someone", "しずかなもりのなかでとりがなく")).isTrue();
        assertThat(POLICY.accepts("someone", "plain lower case words only")).isTrue();
    }
}
