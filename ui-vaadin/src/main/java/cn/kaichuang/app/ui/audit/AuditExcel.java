package cn.kaichuang.app.ui.audit;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditQuery;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.tenancy.TenantCode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the entries of a query to an .xlsx stream, page by page, so an export of a long chain
 * never holds more than one page in memory. FastExcel rather than Apache POI: it streams by
 * design, and is a ~100 KB jar with one small dependency instead of POI's ~15 MB.
 */
final class AuditExcel {

    static final int PAGE = 1000;
    /** Far beyond an audit review; a larger export is a database dump, not a spreadsheet. */
    static final int MAX_ROWS = 200_000;
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("audit.seq", "audit.time", "audit.actor", "audit.action",
            "audit.subject", "audit.institution", "audit.before", "audit.after", "audit.hash");

    private AuditExcel() {
    }

    /** @return rows written */
    static int write(AuditTrail audit, @Nullable TenantCode chain, AuditQuery query, UnaryOperator<String> translate,
            OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(translate.apply("audit.title"));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, translate.apply(HEADERS.get(c)));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int row = 1;
        List<AuditEntry> page;
        do {
            page = audit.find(chain, query, row - 1, PAGE);
            for (AuditEntry e : page) {
                sheet.value(row, 0, e.seq());
                sheet.value(row, 1, e.occurredAt().atZone(Formats.CHINA).toLocalDateTime());
                sheet.style(row, 1).format("yyyy-mm-dd hh:mm:ss").set();
                sheet.value(row, 2, e.actor());
                sheet.value(row, 3, e.action());
                sheet.value(row, 4, e.subjectType() + " " + e.subjectId());
                sheet.value(row, 5, e.tenant());
                sheet.value(row, 6, e.beforeDigest());
                sheet.value(row, 7, e.afterDigest());
                sheet.value(row, 8, e.hash());
                row++;
            }
        } while (page.size() == PAGE && row <= MAX_ROWS);
        sheet.width(1, 20);
        sheet.width(3, 24);
        workbook.finish();
        return row - 1;
    }
}
