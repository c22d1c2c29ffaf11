package cn.kaichuang.app.ui.operations;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.operations.RequestFigures;
import cn.kaichuang.operations.TimeBucket;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The endpoints and the series of the period shown, as two sheets of an .xlsx file. */
final class StatisticsExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> FIGURES = List.of("operations.requests", "operations.client-errors",
            "operations.server-errors", "operations.error-rate", "operations.average-ms", "operations.max-ms");

    private StatisticsExcel() {
    }

    static void write(List<RequestFigures> endpoints, List<TimeBucket> series, UnaryOperator<String> translate,
            OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet byEndpoint = workbook.newWorksheet(translate.apply("operations.endpoints"));
        header(byEndpoint, "operations.endpoint", translate);
        for (int r = 0; r < endpoints.size(); r++) {
            byEndpoint.value(r + 1, 0, endpoints.get(r).endpoint());
            figures(byEndpoint, r + 1, endpoints.get(r));
        }
        byEndpoint.width(0, 40);
        Worksheet bySeries = workbook.newWorksheet(translate.apply("operations.series"));
        header(bySeries, "operations.time", translate);
        for (int r = 0; r < series.size(); r++) {
            bySeries.value(r + 1, 0, series.get(r).start().atZone(Formats.CHINA).toLocalDateTime());
            bySeries.style(r + 1, 0).format("yyyy-mm-dd hh:mm").set();
            figures(bySeries, r + 1, series.get(r).figures());
        }
        bySeries.width(0, 18);
        workbook.finish();
    }

    private static void header(Worksheet sheet, String first, UnaryOperator<String> translate) {
        sheet.value(0, 0, translate.apply(first));
        for (int c = 0; c < FIGURES.size(); c++) {
            sheet.value(0, c + 1, translate.apply(FIGURES.get(c)));
        }
        sheet.range(0, 0, 0, FIGURES.size()).style().bold().set();
        sheet.freezePane(0, 1);
    }

    private static void figures(Worksheet sheet, int row, RequestFigures f) {
        sheet.value(row, 1, f.requests());
        sheet.value(row, 2, f.clientErrors());
        sheet.value(row, 3, f.serverErrors());
        sheet.value(row, 4, f.errorRate());
        sheet.style(row, 4).format("0.00%").set();
        sheet.value(row, 5, f.averageMillis());
        sheet.value(row, 6, f.maxMillis());
    }
}
