package cn.kaichuang.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.demo.DemoAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's headless Chromium driven by Playwright (DESIGN §10). A missing browser fails the
 * test with the command that installs it: end-to-end tests are never skipped.
 */
public final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getProperty("kaichuang.e2e.chromium", "/usr/bin/chromium"));

    private Chromium() {
    }

    /**
     * Playwright gives the browser a fresh profile of its own (it refuses --user-data-dir). Its
     * 5 s assertion wait is too short on a 2-core CI machine busy with the whole build.
     */
    public static Browser launch(Playwright playwright) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        assertThat(Files.isExecutable(EXECUTABLE))
                .as("Chromium not found at %s: install it with 'apt-get install -y chromium'", EXECUTABLE).isTrue();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Logs a demo account in through the login form and waits until the app has left the login page. */
    static Page logIn(BrowserContext context, String baseUrl, String username) {
        Page page = context.newPage();
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        Locator password = page.locator("vaadin-login-form input[name=password]");
        password.fill(DemoAccounts.PASSWORD);
        password.press("Enter");
        // The first page after login builds a Vaadin UI: slow on a busy 2-core machine.
        page.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(60_000));
        return page;
    }

    /**
     * Waits until the page's Vaadin client has no request in flight (what TestBench's waitForVaadin
     * does), so that the next step acts on what the server has answered.
     */
    static void settle(Page page) {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }
}
