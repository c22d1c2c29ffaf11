package cn.kaichuang.app.ui.followup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.followup.FollowupSurveys;
import cn.kaichuang.followup.ImportKind;
import cn.kaichuang.followup.Industry;
import cn.kaichuang.followup.KpiDimension;
import cn.kaichuang.followup.KpiRow;
import cn.kaichuang.followup.ModelTrainee;
import cn.kaichuang.followup.ModelTraineeStatus;
import cn.kaichuang.followup.ModelTrainees;
import cn.kaichuang.followup.Outcome;
import cn.kaichuang.followup.OutcomeSource;
import cn.kaichuang.followup.Survey;
import cn.kaichuang.followup.SurveyStatus;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 我的回访 as trainee1, 回访管理 as admin1, 就业创业成效 as the province and admin1, 典型学员 as all of
 * them, on the demo data. Each test opens a survey of its own (a wave no demo survey uses).
 */
class FollowupViewsTest extends KaribuTest {

    @Autowired
    FollowupSurveys surveys;

    @Autowired
    ModelTrainees models;

    @Autowired
    Cohorts cohorts;

    @Autowired
    Trainees trainees;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoGivesTrainee1AnOpenThreeMonthSurveyAndOthersAnswers() {
        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> assertThat(surveys.mine()).filteredOn(s -> s.waveMonths() == 3).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(SurveyStatus.OPEN);
                    assertThat(s.cohortName()).isEqualTo("2026年第11期 SYB 创业培训班");
                }));
        Caller admin = login("admin1");
        asTenantOf(admin, () -> assertThat(surveys.list(SurveyStatus.ANSWERED, 0, 100))
                .filteredOn(s -> s.waveMonths() == 3).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void trainee1AnswersTheirOpenSurveyAndABadCreditCodeIsMarkedAndSavesNothing() {
        Caller trainee = login("trainee1");
        long survey = openSurveyFor(trainee.tenantCode().orElseThrow(), "trainee1");
        asTenantOf(trainee, () -> {
            UI.getCurrent().navigate(MySurveysView.class);
            MySurveysView view = _get(MySurveysView.class);
            Survey mine = surveys.mine().stream().filter(s -> s.id() == survey).findFirst().orElseThrow();
            view.open(mine);
            AnswerForm form = view.form;
            assertThat(form).isNotNull();
            form.started.setValue(true);
            form.creditCode.setValue("91430100MA4L00000A");
            form.industry.setValue(Industry.H);
            form.jobs.setValue(2);
            form.employed.setValue(false);
            _click(_get(Button.class, spec -> spec.withId("survey-send")));
            assertThat(form.creditCode.isInvalid()).isTrue();
            assertThat(form.creditCode.getErrorMessage()).contains("统一社会信用代码不正确");
            NotificationsKt.expectNotifications("统一社会信用代码不正确：应为 18 位，最后一位为校验码");
            assertThat(surveys.answerOf(survey)).isEmpty();

            form.creditCode.setValue(credit("91430104MA4L9Y9Q1"));
            form.needs.setValue(Set.of(cn.kaichuang.followup.Need.FUNDING));
            _click(_get(Button.class, spec -> spec.withId("survey-send")));
            NotificationsKt.expectNotifications("提交成功，感谢您的反馈！");
            Outcome outcome = surveys.answerOf(survey).orElseThrow();
            assertThat(outcome.source()).isEqualTo(OutcomeSource.TRAINEE);
            assertThat(outcome.startedBusiness()).isTrue();
            assertThat(surveys.mine().stream().filter(s -> s.id() == survey).findFirst().orElseThrow().status())
                    .isEqualTo(SurveyStatus.ANSWERED);
        });
    }

    @Test
    void admin1EntersAPhoneAnswerAndABadImportShowsItsRowsAndImportsNothing() {
        Caller admin = login("admin1");
        TenantCode tenant = admin.tenantCode().orElseThrow();
        long survey = openSurveyFor(tenant, null);
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(FollowupView.class);
            FollowupView view = _get(FollowupView.class);
            assertThat(view.status.getValue()).isEqualTo(SurveyStatus.OPEN);
            Survey row = surveys.find(survey).orElseThrow();
            view.openPhone(row);
            FollowupView.PhoneDialog dialog = view.phoneDialog;
            dialog.form.started.setValue(false);
            dialog.form.employed.setValue(true);
            dialog.save();
            NotificationsKt.expectNotifications("电话回访结果已保存");
            Outcome outcome = surveys.answerOf(survey).orElseThrow();
            assertThat(outcome.source()).isEqualTo(OutcomeSource.PHONE);
            assertThat(outcome.recordedBy()).isEqualTo("admin1");

            int outcomes = jdbc.sql("select count(*) from " + tenant.schemaName() + ".followup_outcome")
                    .query(Integer.class).single();
            view.kind.setValue(ImportKind.EMPLOYMENT);
            view.importFile("就业.xlsx", xlsx(List.of("公民身份号码", "就业单位"), List.of(List.of("123", "某公司"))));
            assertThat(view.importOutcome.getText()).isEqualTo("1 行中有 1 行有误，未导入任何数据");
            assertThat(view.problems.isVisible()).isTrue();
            assertThat(jdbc.sql("select count(*) from " + tenant.schemaName() + ".followup_outcome")
                    .query(Integer.class).single()).isEqualTo(outcomes);
        });
    }

    @Test
    void theProvinceSeesTheDemoOutcomesPerInstitutionWithChartsAndExportsThem() throws Exception {
        login("province");
        UI.getCurrent().navigate(OutcomeKpisView.class);
        OutcomeKpisView view = _get(OutcomeKpisView.class);
        assertThat(view.dimension.getValue()).isEqualTo(KpiDimension.INSTITUTION);
        KpiRow changsha = view.report.rows().stream().filter(r -> r.key().equals("changsha-xingcheng"))
                .findFirst().orElseThrow();
        assertThat(changsha.started()).as("the demo's phone answers").isGreaterThanOrEqualTo(3);
        assertThat(changsha.jobs()).isGreaterThanOrEqualTo(12);
        assertThat(view.rates.option()).contains("创业率", "长沙市星城创业职业培训学校");
        assertThat(view.report.takenAt()).isPresent();
        view.dimension.setValue(KpiDimension.PREFECTURE);
        assertThat(view.grid.getListDataView().getItems().map(view::label)).contains("长沙市");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.exportTo(out);
        assertThat(out.toByteArray()).startsWith('P', 'K');
    }

    @Test
    void admin1SeesTheirOwnFiguresLiveByCourseType() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(OutcomeKpisView.class);
            OutcomeKpisView view = _get(OutcomeKpisView.class);
            assertThat(view.dimension.getListDataView().getItems()).containsExactly(KpiDimension.COURSE_TYPE,
                    KpiDimension.LECTURER);
            assertThat(view.report.takenAt()).as("live").isEmpty();
            assertThat(view.report.rows()).extracting(KpiRow::key).contains("SYB");
            assertThat(_find(OutcomeKpisView.class)).hasSize(1);
        });
    }

    @Test
    void anInstitutionProposesTheProvinceReturnsAndTraineesSeeThePublishedOnes() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(ModelTraineesView.class);
            ModelTraineesView view = _get(ModelTraineesView.class);
            view.openPropose();
            ModelTraineesView.ProposeDialog dialog = view.proposeDialog;
            dialog.cohort.setValue(dialog.cohort.getListDataView().getItems()
                    .filter(c -> c.status() == CohortStatus.COMPLETED).findFirst().orElseThrow());
            List<Long> proposed = models.ofInstitution().stream().map(ModelTrainee::traineeId).toList();
            dialog.trainee.setValue(dialog.trainee.getListDataView().getItems()
                    .filter(t -> !proposed.contains(t.id().value())).findFirst().orElseThrow());
            dialog.title.setValue("开了一家修车铺");
            dialog.story.setValue("结业后在社区开了一家汽车修理铺，雇用了两名徒弟，已经营业三个月，口碑良好。");
            dialog.send();
            NotificationsKt.expectNotifications("推荐已提交，等待省级审核");
        });
        ModelTrainee mine = asTenant(admin, () -> models.ofInstitution().stream()
                .filter(m -> m.title().equals("开了一家修车铺")).findFirst().orElseThrow());
        assertThat(mine.status()).isEqualTo(ModelTraineeStatus.PROPOSED);

        // Navigating to the open route again would keep admin1's view: build the province's one.
        login("province");
        ModelTraineesView province = new ModelTraineesView(models, cohorts, trainees);
        assertThat(_find(province.waiting, Div.class, spec -> spec.withClasses("kc-model-trainee")))
                .anySatisfy(card -> assertThat(card.getElement().getAttribute("data-id"))
                        .isEqualTo(String.valueOf(mine.id())));
        province.returnWithReason(mine.id(), "请补充营业执照信息");
        NotificationsKt.expectNotifications("已退回机构修改");
        login("admin1");
        assertThat(asTenant(admin, () -> models.ofInstitution().stream().filter(m -> m.id() == mine.id())
                .findFirst().orElseThrow()).status()).isEqualTo(ModelTraineeStatus.RETURNED);

        Caller trainee = login("trainee1");
        asTenantOf(trainee, () -> {
            ModelTraineesView view = new ModelTraineesView(models, cohorts, trainees);
            assertThat(_find(view.published, Div.class, spec -> spec.withClasses("kc-model-trainee")))
                    .as("the demo's published one").isNotEmpty();
            assertThat(_find(view, Button.class, spec -> spec.withText("推荐典型学员"))).isEmpty();
        });
    }

    /** Opens a survey of a wave no demo survey has, for trainee1 or another trainee of the completed cohort. */
    private long openSurveyFor(TenantCode tenant, String username) {
        String schema = tenant.schemaName();
        long cohort = jdbc.sql("select id from " + schema + ".cohort where status = 'COMPLETED' order by id limit 1")
                .query(Long.class).single();
        long trainee = username != null
                ? jdbc.sql("select id from " + schema + ".trainee where username = ?").param(username)
                        .query(Long.class).single()
                : jdbc.sql("select trainee_id from " + schema + ".enrolment where cohort_id = ? order by trainee_id desc"
                        + " limit 1").param(cohort).query(Long.class).single();
        int wave = ThreadLocalRandom.current().nextInt(100, 1000);
        return jdbc.sql("insert into " + schema + ".followup_survey (cohort_id, trainee_id, wave_months, due_on, status,"
                        + " created_at) values (?, ?, ?, ?, 'OPEN', ?) returning id")
                .params(cohort, trainee, wave, Date.valueOf(LocalDate.now()), Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }

    private static <T> T asTenant(Caller user, java.util.function.Supplier<T> work) {
        return TenantContext.call(user.tenantCode().orElseThrow(), work::get);
    }

    private static String credit(String first17) {
        return first17 + cn.kaichuang.followup.CreditCode.checkCharacter(first17);
    }

    private static byte[] xlsx(List<String> headers, List<List<String>> rows) {
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
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
