package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.TenantStatistics;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The institutions list as .xlsx, with the columns of the grid. */
final class InstitutionsExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("institutions.name", "institutions.code", "institutions.region",
            "institutions.status", "institutions.cohorts", "institutions.trainees", "institutions.enrolments",
            "institutions.snapshot");

    private InstitutionsExcel() {
    }

    /** @return rows written */
    static int write(List<SupervisedInstitution> rows, Component view, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(view.getTranslation("institutions.title"));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, view.getTranslation(HEADERS.get(c)));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int row = 1;
        for (SupervisedInstitution i : rows) {
            sheet.value(row, 0, i.tenant().name());
            sheet.value(row, 1, i.tenant().code().value());
            sheet.value(row, 2, Regions.name(view, i.tenant().regionCode()));
            sheet.value(row, 3, view.getTranslation("status." + i.tenant().status().name()));
            if (i.statistics() != null) {
                TenantStatistics s = i.statistics();
                sheet.value(row, 4, s.cohorts());
                sheet.value(row, 5, s.trainees());
                sheet.value(row, 6, s.enrolments());
                sheet.value(row, 7, s.takenAt().atZone(Formats.CHINA).toLocalDateTime());
                sheet.style(row, 7).format("yyyy-mm-dd hh:mm").set();
            }
            row++;
        }
        sheet.width(0, 30);
        workbook.finish();
        return row - 1;
    }
}
