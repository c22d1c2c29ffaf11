package cn.kaichuang.question;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The import file: a header row, then one question a row in the columns of {@link #HEADERS}
 * (type, knowledge point, difficulty, stem, options A–F, answer, explanation).
 */
public final class QuestionWorkbook {

    public static final List<String> HEADERS = List.of("题型", "知识点", "难度", "题干", "选项A", "选项B", "选项C",
            "选项D", "选项E", "选项F", "答案", "解析");
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 2000;

    private QuestionWorkbook() {
    }

    /**
     * Every row as a valid draft.
     *
     * @throws ImportRejectedException listing every bad row (or the file's one problem as row 0)
     */
    public static List<QuestionDraft> read(byte[] xlsx) {
        if (xlsx.length > MAX_BYTES) {
            throw rejected(0, "question.error.import-too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        if (xlsx.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(xlsx)) {
            throw rejected(0, "question.error.import-not-xlsx", "");
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            for (Row row : sheet.size() > 1 ? sheet.subList(1, sheet.size()) : List.<Row>of()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < HEADERS.size(); i++) {
                    cells.add(cell(row, i));
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw rejected(0, "question.error.import-too-many", String.valueOf(MAX_ROWS));
                }
                rows.add(cells);
                numbers.add(row.getRowNum());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw rejected(0, "question.error.import-not-xlsx", "");
        }
        if (rows.isEmpty()) {
            throw rejected(0, "question.error.import-empty", "");
        }
        List<QuestionDraft> drafts = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                drafts.add(draft(rows.get(i)));
            } catch (QuestionException e) {
                problems.add(new ImportProblem(numbers.get(i), e.messageKey(), e.argument()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return drafts;
    }

    /** One row of {@link #HEADERS} as a valid draft. */
    public static QuestionDraft draft(List<String> cells) {
        QuestionType type = QuestionType.parse(cells.get(0))
                .orElseThrow(() -> new QuestionException("question.error.type", cells.get(0)));
        KnowledgePoint point = KnowledgePoint.parse(cells.get(1))
                .orElseThrow(() -> new QuestionException("question.error.knowledge-point", cells.get(1)));
        int difficulty;
        try {
            difficulty = (int) Double.parseDouble(cells.get(2));
        } catch (NumberFormatException e) {
            throw new QuestionException("question.error.difficulty", cells.get(2));
        }
        List<String> options = type == QuestionType.TRUE_FALSE && cells.subList(4, 10).stream().allMatch(String::isEmpty)
                ? QuestionRules.TRUE_FALSE_OPTIONS
                : trimmedOptions(cells.subList(4, 10));
        List<Integer> correct = QuestionRules.parseAnswer(type, cells.get(10));
        return QuestionRules.validated(new QuestionDraft(type, point, difficulty, cells.get(3), options, correct,
                cells.get(11)));
    }

    /** The options up to the last filled one; a gap before it is an empty (refused) option. */
    private static List<String> trimmedOptions(List<String> cells) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty()) {
            last--;
        }
        return cells.subList(0, last + 1);
    }

    private static ImportRejectedException rejected(int row, String key, String argument) {
        return new ImportRejectedException(List.of(new ImportProblem(row, key, argument)));
    }

    private static String cell(Row row, int column) {
        if (!row.hasCell(column) || row.getCell(column) == null) {
            return "";
        }
        String text = row.getCellText(column);
        return text == null ? "" : text.strip();
    }
}
