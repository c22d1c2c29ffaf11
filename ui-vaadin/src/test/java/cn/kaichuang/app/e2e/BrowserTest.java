package cn.kaichuang.app.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per test class against the running application; each test opens its
 * own browser context (cookies, viewport), so tests do not share a login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @RegisterExtension
    final NetworkLog network = new NetworkLog();

    Browser browser;
    private Playwright playwright;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A phone as trainees hold it: 375 px wide, touch. */
    BrowserContext phone() {
        return context(phoneOptions());
    }

    static Browser.NewContextOptions phoneOptions() {
        return new Browser.NewContextOptions().setViewportSize(375, 812).setIsMobile(true).setHasTouch(true);
    }

    BrowserContext desktop() {
        return context(new Browser.NewContextOptions().setViewportSize(1280, 800).setAcceptDownloads(true));
    }

    /** A fresh context whose traffic is shown if the test fails. */
    BrowserContext context(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        network.attach(context);
        return context;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
