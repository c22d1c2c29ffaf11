package cn.kaichuang.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The province bank's seed questions, written for this platform, in {@link #RESOURCE}: one a line,
 * {@code 类型|知识点|难度|题干|选项1#选项2#…|答案|解析} (a true/false question leaves the options empty);
 * lines starting with {@code #} are comments. The n-th question's seed key is {@code syb-n}.
 */
public final class QuestionSeed {

    public static final String RESOURCE = "question-bank/syb-seed.txt";

    private QuestionSeed() {
    }

    /** A seed question and its key. */
    public record Entry(String key, QuestionDraft draft) {
    }

    /** Every question of the resource, validated. */
    public static List<Entry> load() {
        try (InputStream in = Objects.requireNonNull(QuestionSeed.class.getClassLoader().getResourceAsStream(RESOURCE),
                RESOURCE); BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Entry> entries = new ArrayList<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    entries.add(new Entry("syb-" + (entries.size() + 1), parse(line)));
                } catch (QuestionException e) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.messageKey() + " "
                            + e.argument(), e);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuestionDraft parse(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 7) {
            throw new QuestionException("question.error.seed-fields", String.valueOf(f.length));
        }
        List<String> cells = new ArrayList<>(List.of(f[0], f[1], f[2], f[3]));
        List<String> options = f[4].isBlank() ? List.of() : Arrays.asList(f[4].split("#"));
        if (options.size() > 6) {
            throw new QuestionException("question.error.option-count", "3–6");
        }
        for (int i = 0; i < 6; i++) {
            cells.add(i < options.size() ? options.get(i).strip() : "");
        }
        cells.add(f[5]);
        cells.add(f[6]);
        return QuestionWorkbook.draft(cells);
    }
}
