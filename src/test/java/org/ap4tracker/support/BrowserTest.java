package org.ap4tracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives Chromium. Without a Chromium the class is skipped with a loud notice, so
 * {@code ./mvnw verify} passes on a bare machine; {@code -Dbrowser.tests.required=true} (set by CI) turns
 * the missing browser into a failure instead. A {@code Browser} parameter (of a {@code @BeforeAll} method,
 * say) receives the one Chromium all browser tests share.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ChromiumAvailable.class, SharedChromium.class})
public @interface BrowserTest {
}
