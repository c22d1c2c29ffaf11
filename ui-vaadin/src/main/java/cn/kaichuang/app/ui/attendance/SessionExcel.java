package cn.kaichuang.app.ui.attendance;

import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.attendance.SessionAttendance;
import cn.kaichuang.attendance.TraineeAttendance;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** One session's or one cohort's attendance as .xlsx (FastExcel, as the audit export). */
final class SessionExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("checkin.col.name", "checkin.col.status", "checkin.col.time",
            "checkin.col.distance", "checkin.col.roll-call");

    private SessionExcel() {
    }

    static void write(List<SessionAttendance> rows, UnaryOperator<String> translate, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(translate.apply("checkin.desk.title"));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, translate.apply(HEADERS.get(c)));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (SessionAttendance a : rows) {
            sheet.value(r, 0, a.name());
            sheet.value(r, 1, translate.apply("checkin.method." + (a.method() == null ? "ABSENT" : a.method().name())));
            if (a.at() != null) {
                sheet.value(r, 2, a.at().atZone(Formats.CHINA).toLocalDateTime());
                sheet.style(r, 2).format("yyyy-mm-dd hh:mm").set();
            }
            if (a.distanceMeters() != null) {
                sheet.value(r, 3, a.distanceMeters());
            }
            if (a.answeredRollCall() != null) {
                sheet.value(r, 4, translate.apply(a.answeredRollCall() ? "checkin.roll-call.answered"
                        : "checkin.roll-call.missed"));
            }
            r++;
        }
        workbook.finish();
    }

    /** Per trainee of a cohort: present of held, excused, rate. */
    static void writeCohort(List<TraineeAttendance> rows, UnaryOperator<String> translate, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(translate.apply("checkin.desk.cohort-stats"));
        List<String> headers = List.of("checkin.col.name", "checkin.col.present", "checkin.col.excused",
                "checkin.col.rate");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, translate.apply(headers.get(c)));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (TraineeAttendance a : rows) {
            sheet.value(r, 0, a.name());
            sheet.value(r, 1, a.present() + "/" + a.held());
            sheet.value(r, 2, a.excused());
            sheet.value(r, 3, a.percent() / 100.0);
            sheet.style(r, 3).format("0%").set();
            r++;
        }
        workbook.finish();
    }
}
