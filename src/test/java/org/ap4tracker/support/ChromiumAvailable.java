package org.ap4tracker.support;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link BrowserTest} classes only where Chromium is installed, unless CI requires them. */
final class ChromiumAvailable implements ExecutionCondition {

    static final String REQUIRED_PROPERTY = "browser.tests.required";

    private static final String INSTALL_HINT = "apt-get install chromium (or -Dchromium.path=/path/to/chromium)";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Chromium.EXECUTABLE)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Chromium.EXECUTABLE);
        }
        String what = "no Chromium at " + Chromium.EXECUTABLE + ": browser tests in "
                + context.getDisplayName() + " cannot run. Install it: " + INSTALL_HINT;
        if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
            throw new IllegalStateException(what + " (-D" + REQUIRED_PROPERTY + "=true requires them)");
        }
        System.err.println("""

                ************************************************************************
                *  BROWSER TESTS SKIPPED                                               *
                ************************************************************************
                """ + what + "\n");
        return ConditionEvaluationResult.disabled("SKIPPED: " + what);
    }
}
