package cn.kaichuang.app.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Response;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What the browser contexts of a test exchanged with the server (navigations, responses with
 * their status and session cookie changes), printed only when the test fails: a browser test
 * that fails once in a while on a busy CI machine must leave enough behind to explain itself.
 */
final class NetworkLog implements BeforeEachCallback, TestWatcher {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    void attach(BrowserContext context) {
        context.onResponse(this::record);
        context.onRequestFailed(request -> lines.add(now() + " FAILED " + request.method() + " " + path(request.url())
                + " " + request.failure()));
        context.onPage(page -> {
            page.onFrameNavigated(frame -> {
                if (frame.parentFrame() == null) {
                    lines.add(now() + " navigated " + path(frame.url()));
                }
            });
            page.onConsoleMessage(message -> {
                if (!"debug".equals(message.type())) {
                    lines.add(now() + " console." + message.type() + " " + message.text());
                }
            });
        });
    }

    private void record(Response response) {
        String url = response.url();
        if (url.contains("/VAADIN/build/") || url.contains("/icons/")) {
            return;
        }
        // Only headers(): allHeaders() from inside an event handler deadlocks Playwright's dispatcher.
        lines.add(now() + " " + response.status() + " " + response.request().method() + " " + path(url)
                + (response.fromServiceWorker() ? " (service worker)" : ""));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        lines.clear();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        System.out.println("Browser traffic of " + context.getDisplayName() + ":");
        lines.forEach(line -> System.out.println("  " + line));
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static String now() {
        return LocalTime.now().toString();
    }
}
