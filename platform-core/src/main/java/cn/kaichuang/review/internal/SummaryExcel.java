package cn.kaichuang.review.internal;

import cn.kaichuang.review.ReviewSummary;
import cn.kaichuang.review.ReviewSummary.Line;
import cn.kaichuang.review.ReviewSummary.Mark;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The review summary sheet as .xlsx (FastExcel, as the other exports): scores as numbers, experts by name. */
@Component
public class SummaryExcel {

    static final List<String> HEADERS = List.of("方案编号", "学员", "评审一专家", "评审一得分", "评审二专家", "评审二得分",
            "复评专家", "复评得分", "最终得分", "等级");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public void write(ReviewSummary summary, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet("评审汇总");
        sheet.value(0, 0, summary.institutionName() + " " + summary.cohortName() + " 计划书评审汇总表");
        sheet.value(1, 0, "制表日期 " + DATE.format(summary.generatedAt()));
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(2, c, HEADERS.get(c));
            sheet.style(2, c).bold().set();
        }
        sheet.freezePane(0, 3);
        int r = 3;
        for (Line line : summary.lines()) {
            sheet.value(r, 0, line.planNumber());
            sheet.value(r, 1, line.traineeName());
            List<Mark> first = line.firstRound();
            mark(sheet, r, 2, first.size() > 0 ? first.get(0) : null);
            mark(sheet, r, 4, first.size() > 1 ? first.get(1) : null);
            mark(sheet, r, 6, line.secondRound());
            if (line.finalScore() != null) {
                sheet.value(r, 8, line.finalScore());
            }
            sheet.value(r, 9, line.grade() == null ? "待定" : line.grade().chineseName());
            r++;
        }
        sheet.width(0, 14);
        sheet.width(1, 14);
        workbook.finish();
    }

    private static void mark(Worksheet sheet, int r, int c, @Nullable Mark mark) {
        if (mark == null) {
            return;
        }
        sheet.value(r, c, mark.expertName());
        if (mark.total() != null) {
            sheet.value(r, c + 1, mark.total());
        }
    }
}
