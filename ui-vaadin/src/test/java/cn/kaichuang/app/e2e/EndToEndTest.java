package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The running application on a random port, seen through headless Chromium. */
@WebAppTest
class EndToEndTest extends BrowserTest {

    @Test
    void institutionAdminSeesTheCohortsOnADesktop() {
        try (BrowserContext context = context(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = Chromium.logIn(context, url(""), "admin1");

            assertThat(page).hasURL(url("/cohorts"));
            Locator grid = page.locator("vaadin-grid");
            assertThat(grid.getByText("2026年第12期 SYB 创业培训班")).isVisible();
            assertThat(grid.getByText("2026年第13期 GYB 创业意识培训班")).isVisible();
            assertThat(grid.getByText("15/30")).isVisible();
            assertThat(page.getByText("长沙市星城创业职业培训学校")).isVisible();

            page.getByText("退出登录").click();
            page.waitForURL(u -> u.contains("/login"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
        }
    }

    @Test
    void traineeSeesTheirCohortCardsOnAPhoneWithoutSidewaysScrolling() {
        try (BrowserContext context = context(new Browser.NewContextOptions()
                .setViewportSize(375, 812).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2))) {
            Page page = Chromium.logIn(context, url(""), "trainee1");

            assertThat(page).hasURL(url("/my-learning"));
            Locator cards = page.locator("vaadin-card.kc-cohort-card");
            assertThat(cards).hasCount(3);
            assertThat(cards.first()).isVisible();
            assertThat(page.getByText("2026年第12期 SYB 创业培训班")).isVisible();
            // The cohort's courseware (demo) on the card, with its open button within the phone's width.
            assertThat(page.getByText("市场评估与目标客户").first()).isVisible();
            Locator open = page.locator("vaadin-button", new Page.LocatorOptions().setHasText("打开")).first();
            assertThat(open).isVisible();
            assertThat(open.boundingBox().x + open.boundingBox().width).isLessThanOrEqualTo(375);
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) page.evaluate(
                    "() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]");
            assertThat(widths.get(0).intValue()).as("page width").isLessThanOrEqualTo(widths.get(2).intValue());
            assertThat(widths.get(1).intValue()).as("body width").isLessThanOrEqualTo(widths.get(2).intValue());
            assertThat(cards.first().boundingBox().width).isLessThanOrEqualTo(375);
        }
    }
}
