package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/**
 * The prefecture admin in the browser: the dashboard's ECharts charts draw from the snapshot,
 * and a demo institution's submitted cohort application is approved from the queue.
 */
@WebAppTest
class SupervisionEndToEndTest extends BrowserTest {

    private static final String SUBMITTED = "2026年第13期 GYB 创业意识培训班";

    @Test
    void changshaSeesTheDashboardChartsAndApprovesTheWaitingApplication() {
        try (BrowserContext context = desktop()) {
            Page page = Chromium.logIn(context, url(""), "changsha");
            page.navigate(url("/console"));
            // ECharts makes its canvas once the webjar has loaded and the options arrived (slow on a
            // busy machine; the canvas may still be sizing itself, so attached is what is asserted).
            assertThat(page.locator(".kc-chart canvas").first()).isAttached(
                    new LocatorAssertions.IsAttachedOptions().setTimeout(60_000));
            assertThat(page.locator("#console-as-of")).not().isEmpty();

            page.navigate(url("/approvals"));
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(SUBMITTED))
                    .first().click();
            page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("批准")).first().click();
            page.locator("[slot='confirm-button']").filter(new Locator.FilterOptions().setHasText("批准")).click();
            assertThat(page.getByText("已批准「" + SUBMITTED + "」。")).isVisible();
            // Freshly loaded, the queue of 长沙市 is empty: the demo had one application waiting.
            page.navigate(url("/approvals"));
            assertThat(page.getByText("没有待审批的开班申请。")).isVisible();
        }
    }
}
