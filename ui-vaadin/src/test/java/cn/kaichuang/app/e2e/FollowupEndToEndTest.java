package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.tenancy.TenantCode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * trainee1 answers a follow-up survey on a phone (375 px) in Chromium: started a business, its
 * unified social credit code and industry, jobs, needs; the outcome is stored with source TRAINEE.
 */
@WebAppTest
class FollowupEndToEndTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTraineeAnswersTheirFollowUpSurveyOnAPhone() {
        String schema = TenantCode.of("changsha-xingcheng").schemaName();
        // A survey of its own (a wave no demo survey has), so the demo's open one stays for people to try.
        int wave = ThreadLocalRandom.current().nextInt(100, 1000);
        long survey = jdbc.sql("insert into " + schema + ".followup_survey (cohort_id, trainee_id, wave_months, due_on,"
                        + " status, created_at) select c.id, t.id, ?, ?, 'OPEN', ? from " + schema + ".cohort c, " + schema
                        + ".trainee t where c.status = 'COMPLETED' and t.username = 'trainee1' order by c.id limit 1"
                        + " returning id")
                .params(wave, Date.valueOf(LocalDate.now()), Timestamp.from(Instant.now())).query(Long.class).single();
        String first17 = "91430104MA4LE2E0T";
        String creditCode = first17 + cn.kaichuang.followup.CreditCode.checkCharacter(first17);
        try (BrowserContext context = phone()) {
            Page page = Chromium.logIn(context, url(""), "trainee1");
            page.navigate(url("/my-surveys"));
            Locator card = page.locator(".kc-survey").filter(new Locator.FilterOptions().setHasText(wave + " 个月回访"));
            card.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("填写回访")).click();

            Locator form = page.locator("#survey-form");
            assertThat(form).isVisible();
            form.locator("vaadin-radio-group").nth(0).locator("vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("是")).click();
            form.locator("vaadin-text-field input").fill(creditCode);
            Locator industry = form.locator("vaadin-combo-box input");
            industry.fill("住宿和餐饮业");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("住宿和餐饮业")).click();
            form.locator("vaadin-integer-field input").fill("3");
            form.locator("vaadin-radio-group").nth(1).locator("vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("否")).click();
            form.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("创业资金")).click();
            Locator send = page.locator("#survey-send");
            org.assertj.core.api.Assertions.assertThat(send.boundingBox().x + send.boundingBox().width)
                    .as("the button fits the phone").isLessThanOrEqualTo(375);
            send.click();

            assertThat(page.getByText("提交成功，感谢您的反馈！")).isVisible();
            assertThat(card.getByText("已于")).isVisible();
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) page.evaluate(
                    "() => [document.documentElement.scrollWidth, window.innerWidth]");
            org.assertj.core.api.Assertions.assertThat(widths.get(0).intValue()).as("no sideways scrolling")
                    .isLessThanOrEqualTo(widths.get(1).intValue());
        }
        var outcome = jdbc.sql("select source, started_business, registration_number, industry, jobs_created,"
                + " needs::text from " + schema + ".followup_outcome where survey_id = ?").param(survey).query()
                .singleRow();
        org.assertj.core.api.Assertions.assertThat(outcome).containsEntry("source", "TRAINEE")
                .containsEntry("started_business", true).containsEntry("registration_number", creditCode)
                .containsEntry("industry", "H").containsEntry("jobs_created", 3).containsEntry("needs", "{FUNDING}");
    }
}
