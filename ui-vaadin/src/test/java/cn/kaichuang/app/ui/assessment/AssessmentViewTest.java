package cn.kaichuang.app.ui.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.ui.KaribuTest;
import cn.kaichuang.assessment.CohortAssessment;
import cn.kaichuang.assessment.TraineeResult;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.review.Grade;
import cn.kaichuang.submission.SubmissionStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** 考核统计 on the demo data: the admin's cohorts with plan grades, a trainee table, Excel; lecturer1's own cohorts. */
class AssessmentViewTest extends KaribuTest {

    @Test
    void theAdminSeesEveryCohortsFiguresAndTheTraineesResults() {
        Caller admin = login("admin1");
        asTenantOf(admin, () -> {
            UI.getCurrent().navigate(AssessmentView.class);
            AssessmentView view = _get(AssessmentView.class);
            CohortAssessment completed = view.figures.stream()
                    .filter(c -> c.cohort().status() == CohortStatus.COMPLETED).findFirst().orElseThrow();
            assertThat(completed.submitted()).isGreaterThanOrEqualTo(6);
            assertThat(completed.graded()).isGreaterThanOrEqualTo(5);
            assertThat(completed.grades().get(Grade.FAIL)).isGreaterThanOrEqualTo(1);
            int row = view.figures.indexOf(completed);
            assertThat(GridKt._getFormattedRow(view.cohorts, row)).contains(completed.cohort().name(),
                    completed.submitted() + " / " + completed.enrolled());
            assertThat(view.attendanceChart.option()).contains(completed.cohort().name());

            view.cohort.setValue(completed);
            List<TraineeResult> results = GridKt._fetch(view.trainees, 0, 100);
            assertThat(results).hasSize(completed.enrolled());
            TraineeResult best = results.stream().filter(t -> t.planGrade() == Grade.EXCELLENT).findFirst()
                    .orElseThrow();
            assertThat(GridKt._getFormattedRow(view.trainees, results.indexOf(best))).contains(best.name(), "已提交",
                    String.valueOf(best.planScore()), "优秀");
            assertThat(results).anyMatch(t -> t.planStatus() == SubmissionStatus.NOT_STARTED);
            assertThat(view.gradeChart.option()).contains("优秀", completed.cohort().name());

            Anchor export = _get(Anchor.class, spec -> spec.withText("导出 Excel"));
            assertThat(export).isNotNull();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                AssessmentExcel.write(view.figures, completed.cohort().name(), results, view, out);
                try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    List<Row> cohorts = workbook.getSheet(0).orElseThrow().read();
                    assertThat(cohorts).hasSize(view.figures.size() + 1);
                    Row line = cohorts.stream().filter(r -> r.getCellText(0).equals(completed.cohort().name()))
                            .findFirst().orElseThrow();
                    assertThat(line.getCellText(4)).isEqualTo(String.valueOf(completed.submitted()));
                    List<Row> trainees = workbook.getSheet(1).orElseThrow().read();
                    assertThat(trainees).hasSize(results.size() + 2);
                    assertThat(trainees).anyMatch(r -> r.getCellText(0).equals(best.name())
                            && r.getCellText(5).equals(String.valueOf(best.planScore())));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void lecturer1SeesOnlyTheCohortsTheyLead() {
        Caller lecturer = login("lecturer1");
        asTenantOf(lecturer, () -> {
            UI.getCurrent().navigate(AssessmentView.class);
            AssessmentView view = _get(AssessmentView.class);
            assertThat(view.figures).isNotEmpty()
                    .noneMatch(c -> c.cohort().status() == CohortStatus.COMPLETED);
            CohortAssessment running = view.figures.stream()
                    .filter(c -> c.cohort().status() == CohortStatus.RUNNING).findFirst().orElseThrow();
            assertThat(running.submitted()).as("the demo's plans of lecturer1's cohort").isGreaterThanOrEqualTo(3);
            assertThat(running.graded()).isGreaterThanOrEqualTo(2);
        });
    }
}
