package cn.kaichuang.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.app.demo.DemoAccounts;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.NewAccount;
import cn.kaichuang.identity.Role;
import cn.kaichuang.review.Expert;
import cn.kaichuang.review.Reviews;
import cn.kaichuang.tenancy.TenantCode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A business plan from the trainee's phone to the institution's summary sheet: trainee1 fills in the
 * SYB plan of their running cohort, has a disguised attachment refused, submits; admin1 allocates
 * it; the two experts of another institution who got it open and score it in their browsers; admin1
 * sees the grade and downloads the summary. An oversized attachment and a submission after the
 * deadline are proven in {@code SubmissionsTest} (nothing stored, clear message).
 */
@WebAppTest
class PlanReviewEndToEndTest extends BrowserTest {

    private static final String SCHEMA = TenantCode.of("changsha-xingcheng").schemaName();
    private static final List<String> EXPERTS = List.of("e2e-expert-a", "e2e-expert-b");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    Reviews reviews;


    private String cohortName;
    private String traineeName;

    @BeforeAll
    void expertsOfAnotherInstitution() {
        // Two experts of 株洲 with no plans yet: the least loaded, so the draw gives them the new plan.
        for (String username : EXPERTS) {
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.create(new NewAccount(username, "株洲专家 " + username.substring(11).toUpperCase(),
                        DemoAccounts.PASSWORD, Role.EXPERT, TenantCode.of("zhuzhou-yandi"), null));
            }
            reviews.saveExpert(new Expert(username, "株洲专家 " + username.substring(11).toUpperCase(),
                    "zhuzhou-yandi", "餐饮", true));
        }
        cohortName = jdbc.sql("select name from " + SCHEMA + ".cohort where status = 'RUNNING' order by id limit 1")
                .query(String.class).single();
        traineeName = jdbc.sql("select display_name from platform.account where username = 'trainee1'")
                .query(String.class).single();
    }

    @Test
    void aPlanSubmittedOnAPhoneIsAllocatedScoredByTwoExpertsAndGradedInTheSummary() throws Exception {
        try (BrowserContext phone = phone()) {
            Page page = Chromium.logIn(phone, url(""), "trainee1");
            page.navigate(url("/my-plan"));
            chooseCohort(page);
            Chromium.settle(page);
            type(section(page, "创业者个人情况").getByLabel("创业者姓名", exact()), traineeName);
            type(section(page, "市场评估").getByLabel("目标顾客", exact()), "商圈上班族和游客");
            type(section(page, "市场营销计划").getByLabel("产品（Product）", exact()), "糖水、凉粉");
            Locator sales = section(page, "销售收入预测");
            sales.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("添加产品")).click();
            type(sales.getByLabel("产品或服务", exact()).first(), "招牌糖水");
            // The section open at first last: typed right after the page loaded, its value was lost.
            type(section(page, "企业概况").getByLabel("企业名称", exact()), "五一广场糖水铺");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
            assertThat(page.getByText("已保存为第").first()).isVisible();
            page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("营业执照.pdf",
                    "application/pdf", "这不是 PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(page.getByText("不支持的文件类型").first()).isVisible();
            assertThat(jdbc.sql("select count(*) from " + SCHEMA + ".submission_attachment a join " + SCHEMA
                    + ".submission s on s.id = a.submission_id join " + SCHEMA + ".trainee t on t.id = s.trainee_id"
                    + " where t.username = 'trainee1' and a.file_name = '营业执照.pdf'").query(Long.class).single())
                    .isZero();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).click();
            page.locator("[slot='confirm-button']").filter(new Locator.FilterOptions().setHasText("提交")).click();
            assertThat(page.getByText("已提交第").first()).isVisible();
        }

        try (BrowserContext admin = desktop()) {
            Page page = Chromium.logIn(admin, url(""), "admin1");
            openCohort(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("分配评审专家")).click();
            assertThat(page.getByText("已分配 2 项评审任务")).isVisible();
        }
        List<String> assigned = jdbc.sql("select a.expert_username from platform.review_assignment a join "
                + SCHEMA + ".submission s on s.id = a.submission_id join " + SCHEMA + ".trainee t on t.id = s.trainee_id"
                + " where a.tenant_code = 'changsha-xingcheng' and t.username = 'trainee1' and s.cohort_id ="
                + " (select id from " + SCHEMA + ".cohort where name = ?) order by a.id").param(cohortName)
                .query(String.class).list();
        assertThat(assigned).containsExactlyInAnyOrderElementsOf(EXPERTS);

        // Each expert opens the plan by its number only and scores it: (85 + 80) / 2 rounded half up is 83.
        int[][] sheets = {{18, 17, 25, 12, 13}, {17, 16, 24, 12, 11}};
        for (int e = 0; e < EXPERTS.size(); e++) {
            try (BrowserContext expert = desktop()) {
                Page page = Chromium.logIn(expert, url(""), EXPERTS.get(e));
                page.navigate(url("/reviews"));
                page.locator(".kc-review-open").first().click();
                assertThat(page.locator(".kc-review-plan")).containsText("五一广场糖水铺");
                assertThat(page.locator(".kc-review-plan")).not().containsText(traineeName);
                Locator scores = page.locator(".kc-score-form vaadin-integer-field input");
                Locator comments = page.locator(".kc-score-form vaadin-text-area textarea");
                assertThat(scores).hasCount(sheets[e].length);
                for (int c = 0; c < sheets[e].length; c++) {
                    type(scores.nth(c), String.valueOf(sheets[e][c]));
                    type(comments.nth(c), "测算清楚，可行");
                }
                Chromium.settle(page);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评分")).click();
                int total = java.util.Arrays.stream(sheets[e]).sum();
                assertThat(page.getByText("已评分：" + total + " 分").first()).isVisible();
            }
        }
        assertThat(jdbc.sql("select count(*) from platform.review_assignment where expert_username in (?, ?)"
                + " and state = 'SCORED'").params(EXPERTS.get(0), EXPERTS.get(1)).query(Long.class).single())
                .isEqualTo(2);

        try (BrowserContext admin = desktop()) {
            Page page = Chromium.logIn(admin, url(""), "admin1");
            openCohort(page);
            Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(traineeName));
            assertThat(row.first()).isVisible();
            // (85 + 80) / 2 rounded half up: 83, 合格.
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("83")).first()).isVisible();
            Download pdf = page.waitForDownload(() -> page.locator("#review-summary-pdf").click());
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                assertThat(text).contains("计划书评审汇总表", cohortName.replaceAll("\\s+", ""), traineeName, "83合格",
                        "评审专家签字");
            }
        }
    }

    private void chooseCohort(Page page) {
        Locator select = page.locator("vaadin-select");
        select.waitFor();
        if (!String.valueOf(select.evaluate("e => e.innerText")).contains(cohortName)) {
            select.click();
            // The form of the chosen cohort replaces the shown one when the server answers.
            page.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> page.locator("vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText(cohortName)).first().click());
        }
    }

    private void openCohort(Page page) {
        page.navigate(url("/review-results"));
        page.locator("vaadin-combo-box input").fill(cohortName);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(cohortName)).first()
                .click();
    }

    /** Opens a section of the plan unless it is open already (a click on an open one closes it). */
    private static Locator section(Page page, String title) {
        Locator panel = page.locator("vaadin-accordion-panel").filter(new Locator.FilterOptions().setHas(
                page.locator("vaadin-accordion-heading", new Page.LocatorOptions().setHasText(title)))).first();
        Chromium.settle(page);
        if (panel.getAttribute("opened") == null) {
            panel.locator("vaadin-accordion-heading").first().click();
        }
        assertThat(panel).hasAttribute("opened", "");
        Chromium.settle(page);
        return panel;
    }

    /**
     * Types like a person: the field tells the server its value when it loses focus, and the next
     * step waits for the server's answer (a value typed meanwhile could be overwritten by it).
     */
    private static void type(Locator field, String text) {
        Chromium.settle(field.page());
        field.click();
        field.fill(text);
        field.press("Tab");
        Chromium.settle(field.page());
    }

    private static Locator.GetByLabelOptions exact() {
        return new Locator.GetByLabelOptions().setExact(true);
    }
}
