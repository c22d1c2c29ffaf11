package cn.kaichuang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.followup.FollowupFixture.Roster;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.Tenants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports of registration and employment data, matched by the ID number's blind index, against real PostgreSQL. */
@PlatformTest
@Import(TestClockConfiguration.class)
class OutcomeImportTest {

    private final OutcomeImport imports;
    private final FollowupSurveys surveys;
    private final MutableClock clock;
    private final JdbcClient jdbc;
    private final FollowupFixture fixture;
    private final TenantCode tenant;

    @Autowired
    OutcomeImportTest(OutcomeImport imports, FollowupSurveys surveys, MutableClock clock, JdbcClient jdbc,
            Lecturers lecturers, Cohorts cohorts, Trainees trainees, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.imports = imports;
        this.surveys = surveys;
        this.clock = clock;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "outcome-import");
        this.fixture = new FollowupFixture(tenant, lecturers, cohorts, trainees, jdbc, "oi");
    }

    @Test
    void aBadRowRejectsTheWholeFileWithARowReportAndAGoodFileMatchesByIdWithoutStoringIt() {
        Roster roster = fixture.completed(CourseType.SYB, 3, clock.instant().minus(Duration.ofDays(120)));
        String first = roster.ids().get(0).value();
        String second = roster.ids().get(1).value();
        String unknown = id("11010519491231002");
        int outcomesBefore = count("followup_outcome");

        byte[] bad = xlsx(List.of("公民身份号码", "统一社会信用代码", "行业门类", "吸纳就业人数"), List.of(
                List.of(first, FollowupFixture.creditCode(7), "H", "2"),
                List.of("430102198813320001", FollowupFixture.creditCode(8), "C", "1"),
                List.of(unknown, FollowupFixture.creditCode(9), "C", "1"),
                List.of(second, "91430100MA4L00000A", "外星", "-1"),
                List.of(first, FollowupFixture.creditCode(7), "H", "2")));
        assertThatThrownBy(() -> fixture.in(fixture.admin(), () -> imports.importFile(ImportKind.BUSINESS, "工商.xlsx", bad)))
                .isInstanceOfSatisfying(OutcomeImportRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("followup.import.error.rows");
                    Map<Integer, List<String>> byRow = e.problems().stream()
                            .collect(java.util.stream.Collectors.toMap(ImportProblem::rowNumber, ImportProblem::reasons));
                    assertThat(byRow).containsOnlyKeys(3, 4, 5, 6);
                    assertThat(byRow.get(3)).containsExactly("followup.import.error.id-invalid");
                    assertThat(byRow.get(4)).containsExactly("followup.import.error.no-trainee");
                    assertThat(byRow.get(5)).containsExactlyInAnyOrder("followup.import.error.credit-code",
                            "followup.import.error.industry", "followup.import.error.jobs");
                    assertThat(byRow.get(6)).containsExactly("followup.import.error.duplicate");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.maskedId()).doesNotContain(
                            first.substring(6, 14)));
                });
        assertThat(count("followup_outcome")).as("nothing half-imported").isEqualTo(outcomesBefore);
        assertThat(count("followup_import")).isZero();

        byte[] business = xlsx(List.of("身份证号", "统一社会信用代码", "行业", "吸纳就业人数"), List.of(
                List.of(first.toLowerCase(), FollowupFixture.creditCode(7).toLowerCase(), "h", "2"),
                List.of(second, FollowupFixture.creditCode(8), "C", "")));
        ImportResult result = fixture.in(fixture.admin(), () -> imports.importFile(ImportKind.BUSINESS, "工商.xlsx", business));
        assertThat(result.outcomes()).isEqualTo(2);
        byte[] employment = xlsx(List.of("公民身份号码", "就业单位"), List.of(List.of(roster.ids().get(2).value(),
                "长沙某某科技有限公司")));
        fixture.in(fixture.admin(), () -> imports.importFile(ImportKind.EMPLOYMENT, "就业.xlsx", employment));

        Outcome firstOutcome = fixture.in(fixture.admin(), () -> surveys.outcomes(roster.trainees().get(0))).getFirst();
        assertThat(firstOutcome.source()).isEqualTo(OutcomeSource.IMPORT);
        assertThat(firstOutcome.cohort()).isEqualTo(roster.cohort());
        assertThat(firstOutcome.recordedBy()).isEqualTo(fixture.admin().username());
        assertThat(firstOutcome.recordedAt()).isEqualTo(clock.instant());
        assertThat(firstOutcome.startedBusiness()).isTrue();
        assertThat(firstOutcome.registrationNumber()).isEqualTo(FollowupFixture.creditCode(7));
        assertThat(firstOutcome.industry()).isEqualTo(Industry.H);
        assertThat(firstOutcome.jobsCreated()).isEqualTo(2);
        assertThat(firstOutcome.employed()).as("a registration says nothing of employment").isNull();
        Outcome employed = fixture.in(fixture.admin(), () -> surveys.outcomes(roster.trainees().get(2))).getFirst();
        assertThat(employed.employed()).isTrue();
        assertThat(employed.startedBusiness()).isNull();
        assertThat(employed.employer()).isEqualTo("长沙某某科技有限公司");

        for (IdCardNumber number : roster.ids()) {
            assertThat(tablesContaining(number.value())).as("no plaintext ID stored anywhere").isEmpty();
        }
        assertThat(tablesContaining(FollowupFixture.creditCode(7))).as("the scan finds what is there")
                .containsExactly(tenant.schemaName() + ".followup_outcome.registration_number");
    }

    @Test
    void theFileMustBeAnXlsxWithTheKindsHeadersAndOnlyTheAdminImports() {
        assertThatThrownBy(() -> fixture.in(fixture.admin(), () -> imports.importFile(ImportKind.BUSINESS, "x.xlsx",
                "not a spreadsheet".getBytes()))).hasMessage("followup.import.error.not-xlsx");
        assertThatThrownBy(() -> fixture.in(fixture.admin(), () -> imports.importFile(ImportKind.BUSINESS, "x.xlsx",
                xlsx(List.of("公民身份号码", "就业单位"), List.of(List.of("x", "y"))))))
                .isInstanceOfSatisfying(OutcomeImportRejectedException.class,
                        e -> assertThat(e.arguments()).containsExactly("统一社会信用代码"));
        Roster roster = fixture.completed(CourseType.GYB, 1, clock.instant());
        assertThatThrownBy(() -> fixture.in(roster.trainee(0), () -> imports.importFile(ImportKind.EMPLOYMENT, "x.xlsx",
                xlsx(List.of("公民身份号码", "就业单位"), List.of(List.of(roster.ids().getFirst().value(), "y"))))))
                .isInstanceOf(AccessRefusedException.class);
    }

    /** Every column of the institution's schema and of {@code platform} whose text contains {@code value}. */
    private List<String> tablesContaining(String value) {
        List<Map<String, Object>> columns = jdbc.sql("""
                select c.table_schema, c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema in (?, 'platform') and t.table_type = 'BASE TABLE'""")
                .param(tenant.schemaName()).query().listOfRows();
        return columns.stream().filter(c -> jdbc.sql("select count(*) from %s.%s where upper(cast(\"%s\" as text)) like ?"
                        .formatted(c.get("table_schema"), c.get("table_name"), c.get("column_name")))
                        .param("%" + value.toUpperCase() + "%").query(Long.class).single() > 0)
                .map(c -> c.get("table_schema") + "." + c.get("table_name") + "." + c.get("column_name")).toList();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + tenant.schemaName() + "." + table).query(Integer.class).single();
    }

    private static String id(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    static byte[] xlsx(List<String> headers, List<List<String>> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("数据");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
