package cn.kaichuang.app.ui.submission;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.submission.SubmissionRow;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A cohort's submission list as an .xlsx sheet. */
final class SubmissionsExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("submission.trainee", "submission.status",
            "submission.submitted-at", "submission.submitted-version-short", "submission.versions-count",
            "submission.attachments-count");

    private SubmissionsExcel() {
    }

    static void write(String cohortName, List<SubmissionRow> rows, Component ui, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(ui.getTranslation("submission.staff.title"));
        sheet.value(0, 0, cohortName);
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(1, c, ui.getTranslation(HEADERS.get(c)));
            sheet.style(1, c).bold().set();
        }
        sheet.freezePane(0, 2);
        int r = 2;
        for (SubmissionRow row : rows) {
            sheet.value(r, 0, row.traineeName());
            sheet.value(r, 1, ui.getTranslation("submission.status." + row.status().name()));
            sheet.value(r, 2, row.submittedAt() == null ? "" : Formats.dateTime(ui, row.submittedAt()));
            if (row.submittedVersion() != null) {
                sheet.value(r, 3, row.submittedVersion());
            }
            sheet.value(r, 4, row.versions());
            sheet.value(r, 5, row.attachments());
            r++;
        }
        sheet.width(0, 20);
        sheet.width(2, 20);
        workbook.finish();
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? "%.1f MB".formatted(bytes / 1024.0 / 1024.0)
                : Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
