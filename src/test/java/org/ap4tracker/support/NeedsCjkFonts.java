package org.ap4tracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that draws Japanese and Korean text with the Noto CJK faces. Without them the class is
 * skipped with a loud notice naming the package to install; {@code -Dbrowser.tests.required=true} (set by CI,
 * which installs fonts-noto-cjk for the browser tests too) turns the missing fonts into a failure instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CjkFontsAvailable.class)
public @interface NeedsCjkFonts {
}
