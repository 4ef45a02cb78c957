package org.ap4tracker.support;

import com.microsoft.playwright.Browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every {@link BrowserTest} the same Chromium, launched on first use and closed when the test run ends
 * (JUnit closes what the root store holds), so a class asks for a {@link Browser} instead of launching its own.
 * Each test still works in its own browser context, so nothing leaks from one test to the next.
 */
final class SharedChromium implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class)
                .browser();
    }
}
