package cn.kaichuang.app.ui.assessment;

import cn.kaichuang.assessment.CohortAssessment;
import cn.kaichuang.assessment.TraineeResult;
import cn.kaichuang.review.Grade;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The dashboard as .xlsx: one sheet of cohorts, one of the chosen cohort's trainees. */
final class AssessmentExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AssessmentExcel() {
    }

    static void write(List<CohortAssessment> cohorts, String cohortName, List<TraineeResult> trainees, Component ui,
            OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(ui.getTranslation("assessment.sheet.cohorts"));
        List<String> headers = List.of("assessment.cohort", "assessment.enrolled", "assessment.held-count",
                "assessment.rate", "assessment.submitted", "assessment.drafts", "assessment.not-started");
        int c = 0;
        for (String h : headers) {
            sheet.value(0, c, ui.getTranslation(h));
            sheet.style(0, c++).bold().set();
        }
        for (Grade g : Grade.values()) {
            sheet.value(0, c, g.chineseName());
            sheet.style(0, c++).bold().set();
        }
        for (String h : List.of("assessment.awaiting", "assessment.exam.passed", "assessment.exam.failed")) {
            sheet.value(0, c, ui.getTranslation(h));
            sheet.style(0, c++).bold().set();
        }
        int r = 1;
        for (CohortAssessment a : cohorts) {
            sheet.value(r, 0, a.cohort().name());
            sheet.value(r, 1, a.enrolled());
            sheet.value(r, 2, a.sessionsHeld());
            if (a.attendanceRate() != null) {
                sheet.value(r, 3, a.attendanceRate());
            }
            sheet.value(r, 4, a.submitted());
            sheet.value(r, 5, a.drafts());
            sheet.value(r, 6, a.notStarted());
            int g = 7;
            for (Grade grade : Grade.values()) {
                sheet.value(r, g++, a.grades().getOrDefault(grade, 0));
            }
            sheet.value(r, g++, a.awaitingReview());
            sheet.value(r, g++, a.examPassed());
            sheet.value(r, g, a.examFailed());
            r++;
        }
        sheet.width(0, 28);
        Worksheet people = workbook.newWorksheet(ui.getTranslation("assessment.sheet.trainees"));
        people.value(0, 0, cohortName);
        List<String> columns = List.of("submission.trainee", "assessment.attended", "assessment.held-count",
                "assessment.rate", "assessment.plan", "assessment.score", "review-results.grade", "assessment.exam");
        for (int i = 0; i < columns.size(); i++) {
            people.value(1, i, ui.getTranslation(columns.get(i)));
            people.style(1, i).bold().set();
        }
        r = 2;
        for (TraineeResult t : trainees) {
            people.value(r, 0, t.name());
            people.value(r, 1, t.attended());
            people.value(r, 2, t.sessionsHeld());
            if (t.attendancePercent() != null) {
                people.value(r, 3, t.attendancePercent());
            }
            people.value(r, 4, ui.getTranslation("submission.status." + t.planStatus().name()));
            if (t.planScore() != null) {
                people.value(r, 5, t.planScore());
            }
            people.value(r, 6, t.planGrade() == null ? "" : t.planGrade().chineseName());
            people.value(r, 7, t.examPassed() == null ? "" : ui.getTranslation(t.examPassed()
                    ? "assessment.exam.passed" : "assessment.exam.failed"));
            r++;
        }
        people.width(0, 16);
        workbook.finish();
    }
}
