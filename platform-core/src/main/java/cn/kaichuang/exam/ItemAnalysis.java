package cn.kaichuang.exam;

import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Classical item analysis over marked attempts. Difficulty is the proportion right; discrimination
 * ranks the attempts by score and subtracts the lower 27 %'s proportion right from the upper 27 %'s
 * (Kelley's groups, at least one attempt each). Papers differ per candidate, so each proportion is
 * over the attempts of the group whose paper held the question.
 */
public final class ItemAnalysis {

    /** One question of one marked attempt. */
    public record Outcome(QuestionId question, int version, QuestionType type, String stem, boolean correct) {
    }

    /** A marked attempt: its score and how each of its questions went. */
    public record Marked(long attemptId, double score, List<Outcome> outcomes) {
    }

    private record Key(QuestionId question, int version) {
    }

    private ItemAnalysis() {
    }

    /** One row per question version, the hardest first. */
    public static List<ItemStatistics> of(List<Marked> attempts) {
        List<Marked> ranked = attempts.stream().sorted(Comparator.comparingDouble(Marked::score).reversed()
                .thenComparingLong(Marked::attemptId)).toList();
        int n = ranked.size();
        int group = n < 2 ? 0 : Math.max(1, (int) Math.round(0.27 * n));
        Set<Long> upper = ranked.subList(0, group).stream().map(Marked::attemptId).collect(Collectors.toSet());
        Set<Long> lower = ranked.subList(n - group, n).stream().map(Marked::attemptId).collect(Collectors.toSet());

        Map<Key, List<Outcome>> all = new LinkedHashMap<>();
        Map<Key, int[]> upperCounts = new LinkedHashMap<>();
        Map<Key, int[]> lowerCounts = new LinkedHashMap<>();
        for (Marked attempt : ranked) {
            for (Outcome outcome : attempt.outcomes()) {
                Key key = new Key(outcome.question(), outcome.version());
                all.computeIfAbsent(key, k -> new ArrayList<>()).add(outcome);
                if (upper.contains(attempt.attemptId())) {
                    count(upperCounts, key, outcome.correct());
                }
                if (lower.contains(attempt.attemptId())) {
                    count(lowerCounts, key, outcome.correct());
                }
            }
        }
        List<ItemStatistics> rows = new ArrayList<>();
        all.forEach((key, outcomes) -> {
            Outcome first = outcomes.getFirst();
            int correct = (int) outcomes.stream().filter(Outcome::correct).count();
            int[] up = upperCounts.get(key);
            int[] low = lowerCounts.get(key);
            Double discrimination = up == null || low == null ? null
                    : (double) up[0] / up[1] - (double) low[0] / low[1];
            rows.add(new ItemStatistics(key.question(), key.version(), first.type(), first.stem(), outcomes.size(),
                    correct, (double) correct / outcomes.size(), discrimination));
        });
        rows.sort(Comparator.comparingDouble(ItemStatistics::difficulty)
                .thenComparing(r -> r.question().toString()).thenComparingInt(ItemStatistics::version));
        return List.copyOf(rows);
    }

    private static void count(Map<Key, int[]> counts, Key key, boolean correct) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += correct ? 1 : 0;
        c[1]++;
    }

}
