package cn.kaichuang.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.question.Bank;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.question.QuestionVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator in memory over a synthetic bank: determinism, spread, shuffling, shortfalls. */
class PaperGeneratorTest {

    static List<QuestionVersion> syntheticBank(int size) {
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

    private static final Blueprint BLUEPRINT = new Blueprint(7, "SYB 结业考试", "SYB", List.of(
            new BlueprintLine(QuestionType.SINGLE_CHOICE, null, 1, 5, 20, 2),
            new BlueprintLine(QuestionType.MULTIPLE_CHOICE, KnowledgePoint.SYB_03, 2, 4, 5, 4),
            new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 20, 2)));

    private final QuestionPool pool = new QuestionPool(syntheticBank(600));

    @Test
    void theSameSeedDrawsTheSamePaperAndAnotherCandidateAnotherPaper() {
        long seed = PaperGenerator.seed(7, "trainee-1", 1);
        List<PaperQuestion> first = PaperGenerator.generate(BLUEPRINT, pool, Set.of(), seed);
        List<QuestionVersion> shuffled = new ArrayList<>(syntheticBank(600));
        java.util.Collections.reverse(shuffled);
        assertThat(PaperGenerator.generate(BLUEPRINT, new QuestionPool(shuffled), Set.of(), seed))
                .as("whatever order the bank came in").isEqualTo(first);
        assertThat(first).hasSize(45);
        assertThat(first.stream().mapToInt(PaperQuestion::score).sum()).isEqualTo(BLUEPRINT.totalScore()).isEqualTo(100);
        assertThat(first.stream().map(q -> q.question().id()).distinct()).hasSize(45);
        assertThat(first).filteredOn(q -> q.question().type() == QuestionType.MULTIPLE_CHOICE).hasSize(5)
                .allSatisfy(q -> {
                    assertThat(q.question().knowledgePoint()).isEqualTo(KnowledgePoint.SYB_03);
                    assertThat(q.question().difficulty()).isBetween(2, 4);
                });

        List<PaperQuestion> other = PaperGenerator.generate(BLUEPRINT, pool, Set.of(),
                PaperGenerator.seed(7, "trainee-2", 1));
        assertThat(other.stream().map(q -> q.question().id()).toList())
                .isNotEqualTo(first.stream().map(q -> q.question().id()).toList());
        assertThat(PaperGenerator.seed(7, "trainee-1", 2)).isNotEqualTo(seed);
    }

    @Test
    void questionsAndChoiceOptionsAreShuffledAndTheAnswerFollowsTheOptions() {
        List<PaperQuestion> paper = PaperGenerator.generate(BLUEPRINT, pool, Set.of(), 42);
        assertThat(paper.stream().map(q -> q.question().type()).toList())
                .as("not grouped by line").isNotEqualTo(paper.stream().map(q -> q.question().type()).sorted().toList());
        assertThat(paper).filteredOn(q -> q.question().type() != QuestionType.TRUE_FALSE)
                .anySatisfy(q -> assertThat(q.optionOrder()).isNotEqualTo(List.of(0, 1, 2, 3)));
        assertThat(paper).filteredOn(q -> q.question().type() == QuestionType.TRUE_FALSE)
                .allSatisfy(q -> assertThat(q.options()).containsExactly("对", "错"));
        for (PaperQuestion q : paper) {
            assertThat(q.options()).containsExactlyInAnyOrderElementsOf(q.question().options());
            assertThat(q.correct().stream().map(q.options()::get).toList())
                    .containsExactlyInAnyOrderElementsOf(q.question().correct().stream().map(q.question().options()::get).toList());
            assertThat(q.isCorrect(q.correct())).isTrue();
            int wrong = java.util.stream.IntStream.range(0, q.options().size()).filter(i -> !q.correct().contains(i))
                    .findFirst().orElseThrow();
            assertThat(q.isCorrect(List.of(wrong))).isFalse();
        }
    }

    @Test
    void earlierItemsAreExcludedAndAnInfeasibleBlueprintNamesEveryShortLine() {
        Set<QuestionId> seen = new HashSet<>();
        QuestionPool pool = new QuestionPool(syntheticBank(1200));
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<PaperQuestion> paper = PaperGenerator.generate(BLUEPRINT, pool, seen, PaperGenerator.seed(7, "t", attempt));
            paper.forEach(q -> assertThat(seen.add(q.question().id())).as("repeated " + q.question().id()).isTrue());
        }
        Blueprint tooMuch = new Blueprint(8, "超量", "SYB", List.of(
                new BlueprintLine(QuestionType.SINGLE_CHOICE, KnowledgePoint.SYB_03, 3, 3, 5, 2),
                new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 10, 1),
                new BlueprintLine(QuestionType.MULTIPLE_CHOICE, KnowledgePoint.SYB_10, 1, 5, 500, 1)));
        QuestionPool small = new QuestionPool(syntheticBank(90));
        List<Shortfall> shortfalls = PaperGenerator.check(tooMuch, small, Set.of());
        assertThat(shortfalls).extracting(Shortfall::message).containsExactly(
                "单选题·市场评估·难度3：需要 5 道，可用 1 道",
                "多选题·开办企业·难度1-5：需要 500 道，可用 3 道");
        assertThatThrownBy(() -> PaperGenerator.generate(tooMuch, small, Set.of(), 1))
                .isInstanceOf(InfeasibleBlueprintException.class).hasMessage("exam.error.infeasible")
                .satisfies(e -> assertThat(((InfeasibleBlueprintException) e).argument())
                        .isEqualTo("单选题·市场评估·难度3：需要 5 道，可用 1 道；多选题·开办企业·难度1-5：需要 500 道，可用 3 道"));
    }
}
