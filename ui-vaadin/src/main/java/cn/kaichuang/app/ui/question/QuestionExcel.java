package cn.kaichuang.app.ui.question;

import cn.kaichuang.question.Bank;
import cn.kaichuang.question.ImportProblem;
import cn.kaichuang.question.Question;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionQuery;
import cn.kaichuang.question.QuestionVersion;
import cn.kaichuang.question.QuestionWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The bank's spreadsheets, in the columns of {@link QuestionWorkbook#HEADERS}: the import template,
 * an export of the listed questions (latest versions; it imports again as it is), and the error
 * report of a refused import.
 */
final class QuestionExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int PAGE = 500;

    private QuestionExcel() {
    }

    static void template(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = header(workbook, "题目");
        List<List<String>> examples = List.of(
                List.of("判断", "市场评估", "2", "市场评估的目的是了解顾客和竞争对手的情况。", "", "", "", "", "", "", "对",
                        "市场评估帮助企业了解需求和竞争。"),
                List.of("单选", "预测启动资金", "2", "下列哪项属于流动资金？", "店面装修", "生产设备", "原材料采购", "运输车辆", "",
                        "", "C", "原材料采购属于流动资金。"),
                List.of("多选", "制定利润计划", "3", "下列属于固定成本的有：", "租金", "原材料", "固定工资", "设备折旧", "", "",
                        "ACD", "原材料随销量变化，属于可变成本。"));
        for (int r = 0; r < examples.size(); r++) {
            for (int c = 0; c < examples.get(r).size(); c++) {
                sheet.value(r + 1, c, examples.get(r).get(c));
            }
        }
        workbook.finish();
    }

    /** @return rows written */
    static int export(QuestionBank bank, Bank which, QuestionQuery query, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = header(workbook, "题库");
        int row = 1;
        List<Question> page;
        do {
            page = bank.search(which, query, row - 1, PAGE);
            for (Question question : page) {
                QuestionVersion v = question.latest();
                sheet.value(row, 0, v.type().label());
                sheet.value(row, 1, v.knowledgePoint().chineseName());
                sheet.value(row, 2, v.difficulty());
                sheet.value(row, 3, v.stem());
                for (int o = 0; o < v.options().size() && v.type() != cn.kaichuang.question.QuestionType.TRUE_FALSE; o++) {
                    sheet.value(row, 4 + o, v.options().get(o));
                }
                sheet.value(row, 10, v.answerText());
                sheet.value(row, 11, v.explanation());
                row++;
            }
        } while (page.size() == PAGE);
        workbook.finish();
        return row - 1;
    }

    static void errorReport(List<ImportProblem> problems, BiFunction<String, String, String> reason,
            UnaryOperator<String> translate, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kaichuang", "1.0");
        Worksheet sheet = workbook.newWorksheet(translate.apply("question.import.report"));
        sheet.value(0, 0, translate.apply("question.import.row"));
        sheet.value(0, 1, translate.apply("question.import.reason"));
        for (int r = 0; r < problems.size(); r++) {
            sheet.value(r + 1, 0, problems.get(r).row());
            sheet.value(r + 1, 1, reason.apply(problems.get(r).messageKey(), problems.get(r).argument()));
        }
        workbook.finish();
    }

    private static Worksheet header(Workbook workbook, String name) {
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < QuestionWorkbook.HEADERS.size(); c++) {
            sheet.value(0, c, QuestionWorkbook.HEADERS.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.width(3, 50);
        sheet.width(11, 40);
        sheet.freezePane(0, 1);
        return sheet;
    }
}
