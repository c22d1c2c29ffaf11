package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Courseware in the browser: a trainee on a phone opens the cohort's courseware through its
 * presigned link, which the browser can fetch from the object store.
 */
@WebAppTest
class CoursewareEndToEndTest extends BrowserTest {

    @Test
    void aTraineeOpensTheCohortsCoursewareOnAPhone() {
        try (BrowserContext context = context(new Browser.NewContextOptions()
                .setViewportSize(375, 812).setIsMobile(true).setHasTouch(true))) {
            Page page = Chromium.logIn(context, url(""), "trainee1");
            assertThat(page.getByText("市场评估与目标客户").first()).isVisible();
            Page opened = context.waitForPage(() -> page.locator("vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("打开")).first().click());
            String link = opened.url();
            assertThat(link).contains("X-Amz-Signature").contains("/courseware/");
            APIResponse response = context.request().get(link);
            assertThat(response.status()).isEqualTo(200);
            assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }
}
