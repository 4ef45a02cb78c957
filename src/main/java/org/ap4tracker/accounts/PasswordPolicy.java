package org.ap4tracker.accounts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.passay.DictionaryRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 5.0 V6 at level 2): long rather than complicated. At least 12
 * characters and no composition rules; not one of the ~140,000 common passwords shipped in
 * {@code accounts/common-passwords.txt.gz} (see {@code scripts/common-passwords.sh} for its origin), compared
 * without regard to case; and not containing the username, forwards or backwards. The upper bound only keeps
 * one sign-in from costing the server seconds. Passay does the dictionary and username checks.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    static final int MAX_BYTES = 1024;

    private static final String COMMON_PASSWORDS = "accounts/common-passwords.txt.gz";

    private final PasswordValidator validator;

    PasswordPolicy() {
        try (Reader list = new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(COMMON_PASSWORDS).getInputStream()), StandardCharsets.UTF_8)) {
            var commonPasswords = new WordListDictionary(
                    WordLists.createFromReader(new Reader[] {list}, false, new ArraysSort()));
            this.validator = new PasswordValidator(new UsernameRule(true, true), new DictionaryRule(commonPasswords));
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException("The list of common passwords ships with the application", unreadable);
        }
    }

    /** Refuses a password that breaks a rule, naming the field and the message of the first rule it breaks. */
    void check(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException("password", "account.password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException("password", "account.password.tooLong");
        }
        RuleResult result = validator.validate(new PasswordData(username, password));
        if (!result.isValid()) {
            boolean containsUsername = result.getDetails().stream()
                    .anyMatch(detail -> detail.getErrorCode().startsWith(UsernameRule.ERROR_CODE));
            throw new AccountException("password",
                    containsUsername ? "account.password.containsUsername" : "account.password.common");
        }
    }

    /** Whether a password someone signed in with would still be accepted as a new one. */
    boolean accepts(String username, String password) {
        try {
            check(username, password);
            return true;
        }
        catch (AccountException weak) {
            return false;
        }
    }
}
