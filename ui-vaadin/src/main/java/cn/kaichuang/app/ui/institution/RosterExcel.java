package cn.kaichuang.app.ui.institution;

import cn.kaichuang.cohort.RosterImport;
import cn.kaichuang.cohort.RosterProblem;
import cn.kaichuang.cohort.RosterRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The roster files staff download: the empty template with the headers the import expects, and
 * the error report, which repeats every refused row as typed plus a column 错误原因, so it can be
 * corrected and uploaded again.
 */
final class RosterExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String REASON_HEADER = "错误原因";

    private RosterExcel() {
    }

    static void template(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet("花名册");
        header(sheet, RosterImport.HEADERS);
        // Text cells, so an ID number does not turn into 4.30102E+17 nor lose its X.
        sheet.range(1, 0, RosterImport.MAX_ROWS, 2).style().format("@").set();
        sheet.width(0, 14);
        sheet.width(1, 24);
        sheet.width(2, 16);
        // The example lives on a sheet of its own: only the first sheet is imported.
        Worksheet help = workbook.newWorksheet("填写说明");
        header(help, RosterImport.HEADERS);
        help.value(1, 0, "张三");
        help.value(1, 1, "11010519491231002X");
        help.value(1, 2, "13800138000");
        help.value(3, 0, "每行一名学员，三列均必填；身份证号为 18 位（末位可为 X），手机号为 11 位。");
        help.value(4, 0, "最多 " + RosterImport.MAX_ROWS + " 行，文件不超过 " + RosterImport.MAX_BYTES / 1024 / 1024
                + " MB；任何一行有误则整份不导入。");
        help.width(1, 24);
        workbook.finish();
    }

    /** @param reason renders one reason in the user's language */
    static void errorReport(List<RosterProblem> problems, BiFunction<String, String, String> reason, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet("错误报告");
        List<String> headers = new java.util.ArrayList<>(List.of("行号"));
        headers.addAll(RosterImport.HEADERS);
        headers.add(REASON_HEADER);
        header(sheet, headers);
        int r = 1;
        for (RosterProblem problem : problems) {
            RosterRow row = problem.row();
            sheet.value(r, 0, row.rowNumber());
            sheet.value(r, 1, row.name());
            sheet.value(r, 2, row.idCard());
            sheet.value(r, 3, row.phone());
            sheet.value(r, 4, reasons(problem, reason));
            r++;
        }
        sheet.width(2, 24);
        sheet.width(4, 60);
        workbook.finish();
    }

    static String reasons(RosterProblem problem, BiFunction<String, String, String> reason) {
        return problem.reasons().stream().map(x -> reason.apply(x.messageKey(), x.argument()))
                .collect(Collectors.joining("；"));
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
    }
}
