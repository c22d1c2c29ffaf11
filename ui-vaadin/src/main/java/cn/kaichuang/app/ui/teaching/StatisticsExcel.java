package cn.kaichuang.app.ui.teaching;

import cn.kaichuang.teaching.CohortStatistics;
import cn.kaichuang.teaching.StatisticsColumn;
import cn.kaichuang.teaching.TaskCompletionCount;
import cn.kaichuang.teaching.TraineeStatistics;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A cohort's learning statistics as .xlsx: one sheet per trainee figures (every column), one per task. */
final class StatisticsExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StatisticsExcel() {
    }

    static void write(CohortStatistics stats, Component ui, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet trainees = workbook.newWorksheet(ui.getTranslation("teaching.stats.sheet-trainees"));
        trainees.value(0, 0, stats.cohortName());
        trainees.value(1, 0, ui.getTranslation("teaching.trainee"));
        trainees.style(1, 0).bold().set();
        for (int c = 0; c < stats.columns().size(); c++) {
            StatisticsColumn column = stats.columns().get(c);
            trainees.value(1, c + 1, header(ui, column));
            trainees.style(1, c + 1).bold().set();
        }
        trainees.freezePane(1, 2);
        int r = 2;
        for (TraineeStatistics row : stats.trainees()) {
            trainees.value(r, 0, row.name());
            for (int c = 0; c < stats.columns().size(); c++) {
                Double value = row.figure(stats.columns().get(c).key());
                if (value != null) {
                    trainees.value(r, c + 1, value);
                }
            }
            r++;
        }
        trainees.value(r, 0, ui.getTranslation("teaching.stats.average"));
        trainees.style(r, 0).bold().set();
        for (int c = 0; c < stats.columns().size(); c++) {
            Double value = stats.average(stats.columns().get(c).key());
            if (value != null) {
                trainees.value(r, c + 1, value);
            }
        }
        trainees.width(0, 16);
        Worksheet tasks = workbook.newWorksheet(ui.getTranslation("teaching.stats.sheet-tasks"));
        String[] headers = {"teaching.task.title", "teaching.status.COMPLETED", "teaching.status.RETURNED",
            "teaching.stats.enrolled"};
        for (int c = 0; c < headers.length; c++) {
            tasks.value(0, c, ui.getTranslation(headers[c]));
            tasks.style(0, c).bold().set();
        }
        int t = 1;
        for (TaskCompletionCount task : stats.tasks()) {
            tasks.value(t, 0, task.title());
            tasks.value(t, 1, task.completed());
            tasks.value(t, 2, task.returned());
            tasks.value(t, 3, task.enrolled());
            t++;
        }
        tasks.width(0, 30);
        workbook.finish();
    }

    static String header(Component ui, StatisticsColumn column) {
        String name = ui.getTranslation(column.key());
        return column.unit() == StatisticsColumn.Unit.PERCENT ? name + "（%）" : name;
    }
}
