package cn.kaichuang.review;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.storage.testsupport.TestS3Server;
import cn.kaichuang.submission.Submissions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The cohort's review summary sheet (data, PDF, Excel) and the province's overview, against real PostgreSQL. */
@PlatformTest
class ReviewSummaryTest {

    private static final Caller PROVINCE = caller("rs-province", Role.PROVINCE_ADMIN, null, null);

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
        registry.add("kaichuang.storage.bucket-prefix",
                () -> "rs" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)) + "-");
    }

    private final ReviewReports reports;
    private final ReviewFixture fixture;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final TenantCode other;
    private final Caller admin;

    @Autowired
    ReviewSummaryTest(ReviewReports reports, Reviews reviews, Submissions submissions, Cohorts cohorts,
            Trainees trainees, Lecturers lecturers, JdbcClient jdbc, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.fixture = new ReviewFixture(reviews, submissions, cohorts, trainees, lecturers, jdbc);
        this.tenant = Tenants.ensure(provisioning, directory, "summary");
        this.other = Tenants.ensure(provisioning, directory, "summary-b");
        this.admin = caller("rs-admin", Role.INSTITUTION_ADMIN, "summary", null);
    }

    @Test
    void theSummaryListsEveryPlanWithItsScoresAndGradeAsDataPdfAndExcel() throws Exception {
        fixture.pool("rs-sheet", other);
        ReviewFixture.Cohort cohort = fixture.cohort(tenant, 4);
        for (int i = 0; i < 3; i++) {
            fixture.submit(tenant, cohort, i);
        }
        fixture.save(tenant, cohort, 3); // a draft is not on the sheet
        assertThat(fixture.allocate(tenant, cohort)).isEqualTo(6);
        fixture.score(tenant, cohort, 0, 90, 84);
        fixture.score(tenant, cohort, 1, 70, 60);
        fixture.score(tenant, cohort, 2, 75);

        ReviewSummary summary = as(admin, () -> reports.summary(tenant, cohort.id()));
        assertThat(summary.lines()).hasSize(3);
        ReviewSummary.Line first = line(summary, cohort.names().get(0));
        assertThat(first.planNumber()).matches("PS-\\d{6}");
        assertThat(first.firstRound()).extracting(ReviewSummary.Mark::total).containsExactlyInAnyOrder(90, 84);
        assertThat(first.finalScore()).isEqualTo(87);
        assertThat(first.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(line(summary, cohort.names().get(1)).grade()).isEqualTo(Grade.PASS);
        assertThat(line(summary, cohort.names().get(1)).finalScore()).isEqualTo(65);
        assertThat(line(summary, cohort.names().get(2)).finalScore()).as("one reviewer still to score").isNull();
        assertThat(summary.grades()).containsEntry(Grade.EXCELLENT, 1).containsEntry(Grade.PASS, 1)
                .containsEntry(Grade.FAIL, 0);

        byte[] pdf = as(admin, () -> reports.summaryPdf(tenant, cohort.id()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("计划书评审汇总表", "班期：" + summary.cohortName(), cohort.names().get(0),
                    first.planNumber(), "87", "优秀", "65", "合格", "待定", "评审专家签字", "机构负责人签字")
                    .doesNotContain(cohort.names().get(3));
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        as(admin, () -> {
            reports.summaryExcel(tenant, cohort.id(), xlsx);
            return null;
        });
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(2).getCellText(0)).isEqualTo("方案编号");
            assertThat(rows).hasSize(6);
            Row row = rows.stream().filter(r -> r.getCellText(1).equals(cohort.names().get(0))).findFirst()
                    .orElseThrow();
            assertThat(row.getCellText(0)).isEqualTo(first.planNumber());
            assertThat(List.of(row.getCellText(3), row.getCellText(5))).containsExactlyInAnyOrder("90", "84");
            assertThat(row.getCellText(8)).isEqualTo("87");
            assertThat(row.getCellText(9)).isEqualTo("优秀");
        }
    }

    @Test
    void anotherInstitutionsCohortIsNotFoundAndTheOverviewIsTheProvincesOnly() {
        fixture.pool("rs-reach", other);
        ReviewFixture.Cohort cohort = fixture.cohort(tenant, 2);
        fixture.submit(tenant, cohort, 0);
        fixture.submit(tenant, cohort, 1);
        fixture.allocate(tenant, cohort);
        fixture.score(tenant, cohort, 0, 50, 55);

        Caller stranger = caller("rs-other-admin", Role.INSTITUTION_ADMIN, other.value(), null);
        long before = refusals();
        assertThatThrownBy(() -> as(stranger, () -> reports.summaryPdf(tenant, cohort.id())))
                .isInstanceOf(ReviewException.class).hasMessage("review.error.cohort-not-found");
        assertThat(refusals()).isGreaterThan(before);

        InstitutionReviews line = as(PROVINCE, reports::institutions).stream()
                .filter(i -> i.tenant().equals(tenant.value())).findFirst().orElseThrow();
        assertThat(line.institutionName()).isNotBlank();
        assertThat(line.plans()).isGreaterThanOrEqualTo(2);
        assertThat(line.reviewed()).isGreaterThanOrEqualTo(1);
        assertThat(line.grades().get(Grade.FAIL)).isGreaterThanOrEqualTo(1);
        assertThat(line.scoredAssignments()).isLessThan(line.assignments());
        assertThatThrownBy(() -> as(admin, reports::institutions)).isInstanceOf(AccessRefusedException.class);
    }

    private long refusals() {
        return jdbc.sql("select count(*) from platform.audit_entry where action = 'access.refused'")
                .query(Long.class).single();
    }

    private static ReviewSummary.Line line(ReviewSummary summary, String trainee) {
        return summary.lines().stream().filter(l -> l.traineeName().equals(trainee)).findFirst().orElseThrow();
    }
}
