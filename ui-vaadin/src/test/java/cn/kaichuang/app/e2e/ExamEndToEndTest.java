package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.app.demo.DemoAccounts;
import cn.kaichuang.app.security.AccountUserDetails;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.BlueprintLine;
import cn.kaichuang.exam.ExamSittings;
import cn.kaichuang.exam.MarkingRule;
import cn.kaichuang.exam.NewSitting;
import cn.kaichuang.exam.Papers;
import cn.kaichuang.exam.Sitting;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.testsupport.SignedIn;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A trainee sits an exam on a phone (375 px) in Chromium: answers two questions, reloads and finds
 * the answers and the server's time kept, submits and sees the result.
 */
@WebAppTest
class ExamEndToEndTest extends BrowserTest {

    @Autowired
    Papers papers;
    @Autowired
    ExamSittings sittings;
    @Autowired
    Cohorts cohorts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTraineeSitsAnExamOnAPhoneReloadsAndSubmits() {
        Caller admin = ((AccountUserDetails) users.loadUserByUsername("admin1")).caller();
        TenantCode tenant = admin.tenantCode().orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Sitting sitting = TenantContext.call(tenant, () -> SignedIn.as(admin, () -> {
            Blueprint blueprint = papers.save(new Blueprint(0, "浏览器考试方案" + suffix, "SYB",
                    List.of(new BlueprintLine(QuestionType.SINGLE_CHOICE, null, 1, 5, 3, 10))));
            CohortView cohort = cohorts.all().stream().filter(c -> c.name().equals("2026年第12期 SYB 创业培训班"))
                    .findFirst().orElseThrow();
            Instant now = Instant.now();
            return sittings.schedule(new NewSitting("浏览器考试" + suffix, blueprint.id(), cohort.id().value(),
                    now.minusSeconds(60), now.plus(Duration.ofHours(1)), 30, 1, 0, MarkingRule.PARTIAL));
        }));
        String schema = tenant.schemaName();
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(url("/my-exams"));
            page.locator("vaadin-login-form input[name=username]").fill("trainee1");
            Locator password = page.locator("vaadin-login-form input[name=password]");
            password.fill(DemoAccounts.PASSWORD);
            password.press("Enter");
            page.waitForURL(u -> u.contains("/my-exams"));

            page.locator("#exam-go-" + sitting.id()).click();
            page.waitForURL(u -> u.contains("/exam/"));
            Locator timer = page.locator("#exam-timer");
            assertThat(timer).hasText(Pattern.compile("^(29|30):\\d\\d$"));
            assertThat(page.locator("#exam-progress")).containsText("第 1/3 题");

            page.locator("#exam-single vaadin-radio-button").nth(1).click();
            assertThat(page.locator("#exam-saved")).containsText("已保存");
            page.locator("#exam-next").click();
            assertThat(page.locator("#exam-progress")).containsText("第 2/3 题");
            page.locator("#exam-single vaadin-radio-button").nth(0).click();
            assertThat(page.locator("#exam-saved")).containsText("已保存");
            long attempt = jdbc.sql("select id from " + schema + ".exam_attempt where sitting_id = ?")
                    .param(sitting.id()).query(Long.class).single();
            // "已保存" already shows from the first answer: wait for the second one's row, not for the label.
            long waitUntil = System.currentTimeMillis() + 15_000;
            while (answers(schema, attempt) < 2 && System.currentTimeMillis() < waitUntil) {
                page.waitForTimeout(100);
            }
            org.assertj.core.api.Assertions.assertThat(answers(schema, attempt)).isEqualTo(2);
            Instant deadline = deadline(schema, attempt);

            // A lost connection or a reload: the same answers, the server's time.
            page.reload();
            assertThat(page.locator("#exam-saved")).hasText("已恢复 2 道题的答案");
            assertThat(timer).hasText(Pattern.compile("^(29|30):\\d\\d$"));
            assertThat(page.locator("#exam-single vaadin-radio-button[checked]")).hasCount(1);
            page.locator("#exam-next").click();
            assertThat(page.locator("#exam-single vaadin-radio-button").nth(0)).hasAttribute("checked", "");
            org.assertj.core.api.Assertions.assertThat(deadline(schema, attempt)).isEqualTo(deadline);

            page.locator("#exam-submit").click();
            page.locator("vaadin-button[slot='confirm-button']").click();
            assertThat(page.locator("#exam-score")).containsText("/30 分（及格 0 分）");
            assertThat(page.locator("#exam-verdict")).hasText("及格");
            org.assertj.core.api.Assertions.assertThat(jdbc.sql("select submitted_how from " + schema
                    + ".exam_attempt where id = ?").param(attempt).query(String.class).single()).isEqualTo("CANDIDATE");
        }
    }

    private long answers(String schema, long attempt) {
        return jdbc.sql("select count(*) from " + schema + ".exam_answer where attempt_id = ?").param(attempt)
                .query(Long.class).single();
    }

    private Instant deadline(String schema, long attempt) {
        return jdbc.sql("select deadline from " + schema + ".exam_attempt where id = ?").param(attempt)
                .query(java.sql.Timestamp.class).single().toInstant();
    }
}
