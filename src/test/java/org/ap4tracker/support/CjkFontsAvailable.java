package org.ap4tracker.support;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link NeedsCjkFonts} classes only where Noto CJK is installed, unless CI requires them (as browser tests). */
final class CjkFontsAvailable implements ExecutionCondition {

    static final List<String> FAMILIES = List.of("Noto Sans CJK JP", "Noto Sans CJK KR");

    private static final String INSTALL_HINT = "apt-get install fonts-noto-cjk";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT));
        List<String> missing = FAMILIES.stream().filter(family -> !installed.contains(family)).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Noto CJK found");
        }
        String what = "no " + String.join(", ", missing) + " font: the tests in " + context.getDisplayName()
                + " cannot check Japanese and Korean glyphs. Install it: " + INSTALL_HINT;
        if (Boolean.getBoolean(ChromiumAvailable.REQUIRED_PROPERTY)) {
            throw new IllegalStateException(what + " (-D" + ChromiumAvailable.REQUIRED_PROPERTY + "=true requires them)");
        }
        System.err.println("""

                ************************************************************************
                *  CJK FONT TESTS SKIPPED                                              *
                ************************************************************************
                """ + what + "\n");
        return ConditionEvaluationResult.disabled("SKIPPED: " + what);
    }
}
