package org.handbookpress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a test class, where each test would otherwise start its own (a second or two each on CI):
 * {@code @RegisterExtension static final SharedBrowser CHROMIUM = new SharedBrowser();}, then in a test
 * {@code DevToolsBrowser browser = CHROMIUM.freshPage(360, 780);}, a new window of that size with nothing of the
 * last test's page ({@link DevToolsBrowser#freshPage}). Skips the class where Chromium is missing, as
 * {@link HeadlessChromium#assumeAvailable} does.
 */
public final class SharedBrowser implements BeforeAllCallback, AfterAllCallback {

    private Path work;
    private DevToolsBrowser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        HeadlessChromium.assumeAvailable();
        work = Files.createTempDirectory("shared-browser");
        browser = DevToolsBrowser.start(work, 1000, 800, List.of());
    }

    /** The class's browser, showing a fresh blank page of that size. */
    public DevToolsBrowser freshPage(int width, int height) throws Exception {
        browser.freshPage(width, height);
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (work != null) {
                HeadlessChromium.deleteTree(work);
            }
        }
    }
}
