package cn.kaichuang.app.ui.exam;

import cn.kaichuang.exam.CandidateResult;
import cn.kaichuang.exam.SittingResults;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/** A sitting's results as .xlsx (FastExcel, as the other exports): one row per trainee of the cohort. */
final class ResultsExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of("sitting.col.name", "sitting.col.attempts", "sitting.col.score",
            "sitting.col.passed", "sitting.col.focus");

    private ResultsExcel() {
    }

    static void write(@Nullable SittingResults results, UnaryOperator<String> translate, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(translate.apply("sitting.sheet"));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, translate.apply(HEADERS.get(c)));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (CandidateResult row : results == null ? List.<CandidateResult>of() : results.candidates()) {
            sheet.value(r, 0, row.name());
            sheet.value(r, 1, row.attempts());
            if (row.bestScore() != null) {
                sheet.value(r, 2, row.bestScore());
            }
            sheet.value(r, 3, translate.apply(row.bestScore() == null ? "sitting.not-sat"
                    : row.passed() ? "sitting.passed" : "sitting.failed"));
            sheet.value(r, 4, row.focusLosses());
            r++;
        }
        workbook.finish();
    }
}
