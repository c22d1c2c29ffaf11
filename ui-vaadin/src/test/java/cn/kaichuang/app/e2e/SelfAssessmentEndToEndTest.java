package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trainee takes the entrepreneurial-ability self-assessment on a phone (375 px) and sees the
 * radar profile with advice per dimension.
 */
@WebAppTest
class SelfAssessmentEndToEndTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTraineeTakesTheSelfAssessmentOnAPhoneAndSeesTheRadarProfile() {
        long before = results();
        try (BrowserContext context = phone()) {
            Page page = Chromium.logIn(context, url(""), "trainee1");
            page.navigate(url("/self-assessment"));
            Locator retake = page.locator("vaadin-button.kc-retake");
            Locator groups = page.locator("vaadin-radio-group.kc-likert");
            // The demo has a result of trainee1: its profile shows first, the questionnaire after 重新测评.
            page.locator("vaadin-button.kc-retake, vaadin-button.kc-submit-assessment").first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            if (retake.count() > 0) {
                retake.first().click();
            }
            assertThat(groups.first()).isVisible();
            int items = groups.count();
            org.assertj.core.api.Assertions.assertThat(items).isGreaterThanOrEqualTo(28);
            for (int i = 0; i < items; i++) {
                // Straight items "比较符合", reverse ones too: the profile is all 良好/优秀 or 待加强 by item.
                groups.nth(i).locator("vaadin-radio-button").nth(3).click();
            }
            // At the foot of the page; the dev-mode tool button may lie over it on a phone, so the click is sent to it.
            page.locator("vaadin-button.kc-submit-assessment").dispatchEvent("click");
            assertThat(page.getByText("我的创业能力画像").first()).isVisible();
            assertThat(page.locator(".kc-radar canvas").first()).isAttached(
                    new LocatorAssertions.IsAttachedOptions().setTimeout(60_000));
            assertThat(page.getByText("财务准备").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                    .setPath(java.nio.file.Path.of("target", "self-assessment-phone.png")));
            // Designed at 375 px: nothing is wider than the phone.
            Object width = page.evaluate("document.documentElement.scrollWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).isLessThanOrEqualTo(375);
        }
        org.assertj.core.api.Assertions.assertThat(results()).isEqualTo(before + 1);
    }

    private long results() {
        return jdbc.sql("select count(*) from t_changsha_xingcheng.self_assessment_result r join"
                + " t_changsha_xingcheng.trainee t on t.id = r.trainee_id where t.username = 'trainee1'")
                .query(Long.class).single();
    }
}
