package cn.kaichuang.app.ui.console;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the filtered rows of a console list to an .xlsx stream page by page (FastExcel streams,
 * see AuditExcel). Cells are numbers, dates or text as the columns give them.
 */
final class ConsoleExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int PAGE = 1000;
    /** A province has tens of thousands of cohorts a year; more than this is a database extract. */
    static final int MAX_ROWS = 200_000;

    record Column<T>(String header, Function<T, @Nullable Object> value) {
    }

    private ConsoleExcel() {
    }

    /** @param page offset and limit to rows; @return rows written */
    static <T> int write(String sheetName, List<Column<T>> columns, BiFunction<Integer, Integer, List<T>> page,
            OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().set();
            sheet.width(c, 16);
        }
        sheet.freezePane(0, 1);
        int row = 1;
        List<T> rows;
        do {
            rows = page.apply(row - 1, PAGE);
            for (T item : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, row, c, columns.get(c).value().apply(item));
                }
                row++;
            }
        } while (rows.size() == PAGE && row <= MAX_ROWS);
        workbook.finish();
        return row - 1;
    }

    private static void cell(Worksheet sheet, int row, int column, @Nullable Object value) {
        switch (value) {
            case null -> { }
            case Number n -> sheet.value(row, column, n);
            case LocalDate d -> {
                sheet.value(row, column, d);
                sheet.style(row, column).format("yyyy-mm-dd").set();
            }
            case LocalDateTime t -> {
                sheet.value(row, column, t);
                sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
            }
            default -> sheet.value(row, column, value.toString());
        }
    }
}
