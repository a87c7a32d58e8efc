package nl.signaalwijzer.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium with JavaScript (and its server) for all browser test classes that need one: started
 * on first use, closed when the whole test run ends. Starting Chromium is the slow part of these tests.
 */
final class SharedBrowser implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("javascript", key -> Browser.start(true), Browser.class);
        browser.javascript(true);
        browser.emulate(false, false);
        browser.viewport(360, 640);
        return browser;
    }
}
