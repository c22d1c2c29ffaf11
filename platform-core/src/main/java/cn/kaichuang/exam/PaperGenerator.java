package cn.kaichuang.exam;

import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.question.QuestionVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws a paper in memory: the same blueprint, pool, excluded items and seed give the same paper.
 * No question twice in a paper, none the candidate saw in an earlier attempt; questions and the
 * options of choice questions are shuffled (true/false keeps 对 before 错).
 */
public final class PaperGenerator {

    private PaperGenerator() {
    }

    /** A seed from what identifies the sitting: the same blueprint, candidate and attempt, the same seed. */
    public static long seed(long blueprintId, String candidate, int attempt) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (blueprintId + "|" + candidate + "|" + attempt).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    /** The shortfalls of every line; empty when the blueprint can be filled. */
    public static List<Shortfall> check(Blueprint blueprint, QuestionPool pool, Set<QuestionId> excluded) {
        List<Shortfall> shortfalls = new ArrayList<>();
        draw(blueprint, pool, excluded, null, shortfalls);
        return shortfalls;
    }

    /** @throws InfeasibleBlueprintException naming every line that is short */
    public static List<PaperQuestion> generate(Blueprint blueprint, QuestionPool pool, Set<QuestionId> excluded,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Shortfall> shortfalls = new ArrayList<>();
        List<PaperQuestion> drawn = draw(blueprint, pool, excluded, random, shortfalls);
        if (!shortfalls.isEmpty()) {
            throw new InfeasibleBlueprintException(shortfalls);
        }
        for (int i = drawn.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            drawn.set(i, drawn.set(j, drawn.get(i)));
        }
        return drawn;
    }

    private static List<PaperQuestion> draw(Blueprint blueprint, QuestionPool pool, Set<QuestionId> excluded,
            SplittableRandom random, List<Shortfall> shortfalls) {
        List<BlueprintLine> lines = blueprint.lines().stream()
                .sorted(Comparator.comparingInt(BlueprintLine::specificity).reversed()).toList();
        Set<QuestionId> used = new HashSet<>(excluded);
        List<PaperQuestion> drawn = new ArrayList<>(blueprint.questionCount());
        QuestionVersion[] candidates = new QuestionVersion[pool.size()];
        for (BlueprintLine line : lines) {
            int n = 0;
            for (QuestionVersion question : pool.of(line.type())) {
                if (line.matches(question) && !used.contains(question.id())) {
                    candidates[n++] = question;
                }
            }
            if (n < line.count()) {
                shortfalls.add(new Shortfall(line, line.count(), n));
                continue;
            }
            for (int i = 0; i < line.count(); i++) {
                int j = random == null ? i : i + random.nextInt(n - i);
                QuestionVersion chosen = candidates[j];
                candidates[j] = candidates[i];
                used.add(chosen.id());
                if (random != null) {
                    drawn.add(new PaperQuestion(chosen, optionOrder(chosen, random), line.score()));
                }
            }
        }
        return drawn;
    }

    private static List<Integer> optionOrder(QuestionVersion question, SplittableRandom random) {
        int size = question.options().size();
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        if (question.type() != QuestionType.TRUE_FALSE) {
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        return List.of(order);
    }
}
