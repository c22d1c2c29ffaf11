package cn.kaichuang.app.ui.people;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.cohort.Person;
import cn.kaichuang.cohort.PersonRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A person search's result list as .xlsx: one line per person and institution. */
final class PeopleExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("people.name", "people.institution", "people.region",
            "people.registered", "people.records");

    private PeopleExcel() {
    }

    /** @return lines written */
    static int write(List<Person> persons, UnaryOperator<String> translate, UnaryOperator<String> regionName,
            OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(translate.apply("people.title"));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, translate.apply(HEADERS.get(c)));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int row = 1;
        for (Person person : persons) {
            for (PersonRecord record : person.records()) {
                sheet.value(row, 0, record.name());
                sheet.value(row, 1, record.institution());
                sheet.value(row, 2, regionName.apply(record.regionCode()));
                sheet.value(row, 3, record.registeredAt().atZone(Formats.CHINA).toLocalDate());
                sheet.style(row, 3).format("yyyy-mm-dd").set();
                sheet.value(row, 4, person.records().size());
                row++;
            }
        }
        sheet.width(1, 36);
        sheet.width(3, 14);
        workbook.finish();
        return row - 1;
    }
}
