package cn.kaichuang.bench;

import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.BlueprintLine;
import cn.kaichuang.exam.PaperGenerator;
import cn.kaichuang.exam.PaperQuestion;
import cn.kaichuang.exam.QuestionPool;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.question.QuestionVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Times paper generation per candidate over a synthetic bank (default 5,000 items): each candidate
 * draws a first attempt and a retake that excludes the first; prints mean and p99 per paper.
 * Asserts nothing.
 */
public final class PaperBenchmark {

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        QuestionPool pool = new QuestionPool(bank(items));
        Blueprint blueprint = new Blueprint(1, "SYB 结业考试", "SYB", List.of(
                new BlueprintLine(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_03, 2, 4, 5, 2),
                new BlueprintLine(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_07, 1, 5, 5, 2),
                new BlueprintLine(QuestionType.SINGLE_CHOICE, null, 1, 5, 20, 2),
                new BlueprintLine(QuestionType.MULTIPLE_CHOICE, null, 2, 5, 10, 3),
                new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 10, 1)));
        for (int i = 0; i < 5000; i++) {
            paper(blueprint, pool, "warm-" + i);
        }
        long[] nanos = new long[candidates];
        long checksum = 0;
        for (int i = 0; i < candidates; i++) {
            long start = System.nanoTime();
            checksum += paper(blueprint, pool, "candidate-" + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("bank %d items, blueprint %d questions, %d candidates x 2 attempts (checksum %d)%n", items,
                blueprint.questionCount(), candidates, checksum);
        System.out.printf("per candidate (2 papers): mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", mean,
                nanos[candidates / 2] / 1e6, nanos[(int) (candidates * 0.99)] / 1e6, nanos[candidates - 1] / 1e6);
    }

    private static long paper(Blueprint blueprint, QuestionPool pool, String candidate) {
        List<PaperQuestion> first = PaperGenerator.generate(blueprint, pool, Set.of(),
                PaperGenerator.seed(blueprint.id(), candidate, 1));
        Set<QuestionId> seen = new HashSet<>();
        first.forEach(q -> seen.add(q.question().id()));
        List<PaperQuestion> retake = PaperGenerator.generate(blueprint, pool, seen,
                PaperGenerator.seed(blueprint.id(), candidate, 2));
        return first.getFirst().question().id().value() + retake.getFirst().question().id().value();
    }

    private static List<QuestionVersion> bank(int size) {
        List<QuestionVersion> bank = new ArrayList<>(size);
        QuestionType[] types = QuestionType.values();
        KnowledgePoint[] points = KnowledgePoint.values();
        for (int i = 0; i < size; i++) {
            QuestionType type = types[i % types.length];
            List<String> options = type == QuestionType.TRUE_FALSE ? List.of("对", "错")
                    : List.of("甲" + i, "乙" + i, "丙" + i, "丁" + i);
            List<Integer> correct = switch (type) {
                case TRUE_FALSE -> List.of(i % 2);
                case SINGLE_CHOICE -> List.of(i % 4);
                case MULTIPLE_CHOICE -> List.of(i % 3, 3);
            };
            bank.add(new QuestionVersion(new QuestionId(Bank.PROVINCE, i + 1), 1, type, points[i / 3 % 10],
                    1 + i / 30 % 5, "题目" + i, options, correct, "解析", "bench", Instant.EPOCH));
        }
        return bank;
    }
}
