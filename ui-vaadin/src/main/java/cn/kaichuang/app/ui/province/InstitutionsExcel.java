package cn.kaichuang.app.ui.province;

import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.Regions;
import cn.kaichuang.institution.Institution;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The institutions as shown (search and filters applied) in an .xlsx sheet; no phone numbers. */
final class InstitutionsExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("institutions.name", "institutions.code",
            "institutions.region", "institutions.status", "institutions.course-types", "institutions.contact",
            "institutions.capacity", "institutions.cohorts", "institutions.trainees", "institutions.enrolments");

    private InstitutionsExcel() {
    }

    static void write(List<Institution> rows, Component ui, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(ui.getTranslation("institutions.title"));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, ui.getTranslation(HEADERS.get(c)));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int r = 1;
        for (Institution i : rows) {
            sheet.value(r, 0, i.tenant().name());
            sheet.value(r, 1, i.tenant().code().value());
            sheet.value(r, 2, Regions.name(ui, i.tenant().regionCode()));
            sheet.value(r, 3, ui.getTranslation("status." + i.tenant().status().name()));
            sheet.value(r, 4, i.profile().approvedCourseTypes().stream().sorted()
                    .map(t -> CourseTypes.name(ui, t)).collect(Collectors.joining("、")));
            sheet.value(r, 5, i.profile().contactPerson());
            sheet.value(r, 6, i.profile().annualCapacity());
            int row = r;
            i.snapshot().ifPresent(s -> {
                sheet.value(row, 7, s.cohorts());
                sheet.value(row, 8, s.trainees());
                sheet.value(row, 9, s.enrolments());
            });
            r++;
        }
        sheet.width(0, 36);
        sheet.width(4, 30);
        workbook.finish();
    }
}
