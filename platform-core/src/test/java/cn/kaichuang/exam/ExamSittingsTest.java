package cn.kaichuang.exam;

import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.question.Bank;
import cn.kaichuang.question.KnowledgePoint;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionDraft;
import cn.kaichuang.question.QuestionId;
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import cn.kaichuang.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scheduling sittings, marking rules, results and item analysis against real PostgreSQL. */
@PlatformTest
@Import(TestClockConfiguration.class)
class ExamSittingsTest {

    private static final String SINGLE = "小微企业确定产品价格时，首先要了解的是？";
    private static final String MULTIPLE = "下列哪些属于企业的固定成本？";

    private final ExamSittings sittings;
    private final Attempts attempts;
    private final Papers papers;
    private final QuestionBank bank;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final TenantCode tenant;
    private final ExamFixtures fixtures;
    private final Caller admin = caller("exams-admin", Role.INSTITUTION_ADMIN, "exams", null);

    @Autowired
    ExamSittingsTest(ExamSittings sittings, Attempts attempts, Papers papers, QuestionBank bank, JdbcClient jdbc,
            MutableClock clock, Cohorts cohorts, Trainees trainees, Lecturers lecturers,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.sittings = sittings;
        this.attempts = attempts;
        this.papers = papers;
        this.bank = bank;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenant = Tenants.ensure(provisioning, directory, "exams");
        this.fixtures = new ExamFixtures(cohorts, trainees, lecturers, tenant);
    }

    private NewSitting sitting(String name, long blueprint, long cohort, int passMark, MarkingRule rule) {
        Instant now = clock.instant();
        return new NewSitting(name, blueprint, cohort, now.minusSeconds(60), now.plus(Duration.ofHours(2)), 30, 1,
                passMark, rule);
    }

    @Test
    void badSittingsAreRefusedWithTheirReasonAndNothingIsStored() {
        ExamFixtures.Cohort cohort = fixtures.cohort(CourseType.SYB, 1);
        ExamFixtures.Cohort other = fixtures.cohort(CourseType.SYB, 1);
        ExamFixtures.Cohort gyb = fixtures.cohort(CourseType.GYB, 1);
        long blueprint = fixtures.in(admin, () -> papers.save(ExamFixtures.sybQuiz("SYB 排考校验"))).id();
        long before = sittingCount();
        long id = cohort.id().value();
        Instant now = clock.instant();
        refused(admin, sitting(" ", blueprint, id, 20, MarkingRule.PARTIAL), "exam.error.sitting-name");
        refused(admin, new NewSitting("x", blueprint, id, now, now, 30, 1, 20, MarkingRule.PARTIAL),
                "exam.error.sitting-window");
        refused(admin, new NewSitting("x", blueprint, id, now.minusSeconds(7200), now.minusSeconds(60), 30, 1, 20,
                MarkingRule.PARTIAL), "exam.error.sitting-past");
        refused(admin, new NewSitting("x", blueprint, id, now, now.plusSeconds(7200), 0, 1, 20, MarkingRule.PARTIAL),
                "exam.error.sitting-duration");
        refused(admin, new NewSitting("x", blueprint, id, now, now.plusSeconds(7200), 30, 11, 20, MarkingRule.PARTIAL),
                "exam.error.sitting-attempts");
        refused(admin, sitting("x", blueprint, id, 41, MarkingRule.PARTIAL), "exam.error.sitting-pass-mark");
        refused(admin, sitting("x", 999_999, id, 20, MarkingRule.PARTIAL), "exam.error.not-found");
        refused(admin, sitting("x", blueprint, 999_999, 20, MarkingRule.PARTIAL), "exam.error.cohort-not-found");
        refused(admin, sitting("x", blueprint, gyb.id().value(), 20, MarkingRule.PARTIAL), "exam.error.sitting-course");
        // A lecturer schedules for the cohorts they lead only.
        refused(cohort.lecturer(), sitting("x", blueprint, other.id().value(), 20, MarkingRule.PARTIAL),
                "exam.error.cohort-not-found");
        assertThatThrownBy(() -> fixtures.in(cohort.trainees().getFirst(),
                () -> sittings.schedule(sitting("x", blueprint, id, 20, MarkingRule.PARTIAL))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(sittingCount()).isEqualTo(before);

        Sitting stored = fixtures.in(cohort.lecturer(),
                () -> sittings.schedule(sitting(" SYB 第一次测验 ", blueprint, id, 24, MarkingRule.PARTIAL)));
        assertThat(stored.name()).isEqualTo("SYB 第一次测验");
        assertThat(stored.totalScore()).isEqualTo(40);
        assertThat(stored.blueprintName()).isEqualTo("SYB 排考校验");
        assertThat(fixtures.in(cohort.lecturer(), sittings::sittings)).extracting(Sitting::id).contains(stored.id());
        assertThat(fixtures.in(other.lecturer(), sittings::sittings)).extracting(Sitting::id)
                .doesNotContain(stored.id());
        assertThat(fixtures.in(other.lecturer(), () -> sittings.results(stored.id()))).isEmpty();
        assertThat(fixtures.in(admin, () -> sittings.sitting(stored.id()))).contains(stored);
    }

    @Test
    void marksByTheSittingsRuleAndAnalysesEachQuestionVersion() {
        QuestionId single = published(new QuestionDraft(QuestionType.SINGLE_CHOICE, KnowledgePoint.IYB_02, 3, SINGLE,
                List.of("成本", "竞争对手的口号", "店铺装修风格"), List.of(0), "定价先算成本。"));
        QuestionId multiple = published(new QuestionDraft(QuestionType.MULTIPLE_CHOICE, KnowledgePoint.IYB_02, 3,
                MULTIPLE, List.of("房租", "设备折旧", "原材料", "计件工资"), List.of(0, 1), "房租和折旧不随产量变化。"));
        Blueprint blueprint = fixtures.in(admin, () -> papers.save(new Blueprint(0, "IYB 成本小测", "IYB", List.of(
                new BlueprintLine(QuestionType.SINGLE_CHOICE, KnowledgePoint.IYB_02, 3, 3, 1, 10),
                new BlueprintLine(QuestionType.MULTIPLE_CHOICE, KnowledgePoint.IYB_02, 3, 3, 1, 10)))));
        ExamFixtures.Cohort cohort = fixtures.cohort(CourseType.IYB, 7);
        Sitting partial = fixtures.in(admin, () -> sittings.schedule(sitting("IYB 成本小测（少选得分）", blueprint.id(),
                cohort.id().value(), 15, MarkingRule.PARTIAL)));

        // Six candidates: S = the single choice, M = the multiple choice (✓ right, ½ a right subset, ✗ wrong).
        String[][] plan = {{"✓", "✓"}, {"✗", "✓"}, {"✓", "½"}, {"✓", "✗"}, {"✗", "✗"}, {"✗", "½"}};
        double[] expected = {20, 10, 15, 10, 0, 5};
        for (int i = 0; i < plan.length; i++) {
            AttemptResult result = sit(cohort.trainees().get(i), partial.id(), plan[i][0], plan[i][1]);
            assertThat(result.score()).as("candidate " + (i + 1)).isEqualTo(expected[i]);
            assertThat(result.passed()).isEqualTo(expected[i] >= 15);
        }
        // The seventh sits the all-or-nothing sitting of the same blueprint: the subset scores nothing.
        Sitting strict = fixtures.in(admin, () -> sittings.schedule(sitting("IYB 成本小测（全对得分）", blueprint.id(),
                cohort.id().value(), 10, MarkingRule.ALL_OR_NOTHING)));
        AttemptResult strictResult = sit(cohort.trainees().get(6), strict.id(), "✓", "½");
        assertThat(strictResult.score()).isEqualTo(10);
        assertThat(strictResult.correct()).isEqualTo(1);

        SittingResults results = fixtures.in(cohort.lecturer(), () -> sittings.results(partial.id())).orElseThrow();
        assertThat(results.candidates()).hasSize(7);
        assertThat(results.sat()).isEqualTo(6);
        assertThat(results.passed()).isEqualTo(2);
        assertThat(results.averageScore()).isCloseTo(60.0 / 6, within(1e-9));
        assertThat(results.candidates().stream().filter(c -> c.bestScore() == null).count()).isEqualTo(1);

        // Upper 27 % of six = 2 attempts (20, 15), lower 2 (5, 0).
        List<ItemStatistics> items = fixtures.in(admin, () -> sittings.itemAnalysis(partial.id()));
        assertThat(items).hasSize(2);
        ItemStatistics m = items.getFirst();
        assertThat(m.question()).isEqualTo(multiple);
        assertThat(m.version()).isEqualTo(1);
        assertThat(m.attempts()).isEqualTo(6);
        assertThat(m.difficulty()).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(m.discrimination()).isCloseTo(0.5, within(1e-9));
        ItemStatistics s = items.get(1);
        assertThat(s.question()).isEqualTo(single);
        assertThat(s.difficulty()).isCloseTo(0.5, within(1e-9));
        assertThat(s.discrimination()).isCloseTo(1.0, within(1e-9));
        assertThat(fixtures.in(cohort.trainees().getFirst(), () -> sittings.itemAnalysis(partial.id()))).isEmpty();
    }

    @Test
    void theItemAnalysisFormulasOnAKnownSet() {
        QuestionId a = new QuestionId(Bank.PROVINCE, 1);
        QuestionId b = new QuestionId(Bank.PROVINCE, 2);
        // Ten attempts: a is right for the best four, b for every other attempt.
        List<ItemAnalysis.Marked> marked = IntStream.range(0, 10).mapToObj(i -> new ItemAnalysis.Marked(i, 100 - i * 10,
                List.of(new ItemAnalysis.Outcome(a, 1, QuestionType.TRUE_FALSE, "a", i < 4),
                        new ItemAnalysis.Outcome(b, 3, QuestionType.TRUE_FALSE, "b", i % 2 == 0)))).toList();
        Map<QuestionId, ItemStatistics> rows = ItemAnalysis.of(marked).stream()
                .collect(java.util.stream.Collectors.toMap(ItemStatistics::question, r -> r));
        // Groups of round(2.7) = 3: upper = attempts 0–2, lower = 7–9.
        assertThat(rows.get(a).difficulty()).isEqualTo(0.4);
        assertThat(rows.get(a).discrimination()).isEqualTo(1.0);
        assertThat(rows.get(b).difficulty()).isEqualTo(0.5);
        assertThat(rows.get(b).discrimination()).isCloseTo(2.0 / 3 - 1.0 / 3, within(1e-9));
        assertThat(rows.get(b).version()).isEqualTo(3);
        assertThat(ItemAnalysis.of(marked.subList(0, 1)).getFirst().discrimination()).as("one attempt").isNull();
    }

    private AttemptResult sit(Caller trainee, long sittingId, String single, String multiple) {
        AttemptView view = fixtures.in(trainee, () -> attempts.start(sittingId));
        for (ExamItem item : view.items()) {
            String plan = item.stem().equals(SINGLE) ? single : multiple;
            List<String> chosen = item.stem().equals(SINGLE)
                    ? List.of(plan.equals("✓") ? "成本" : "店铺装修风格")
                    : switch (plan) {
                        case "✓" -> List.of("房租", "设备折旧");
                        case "½" -> List.of("设备折旧");
                        default -> List.of("房租", "原材料");
                    };
            List<Integer> positions = chosen.stream().map(item.options()::indexOf).toList();
            fixtures.in(trainee, () -> attempts.answer(view.id(), view.sessionToken(), item.position(), positions));
        }
        return fixtures.in(trainee, () -> attempts.submit(view.id(), view.sessionToken()));
    }

    private QuestionId published(QuestionDraft draft) {
        QuestionId id = fixtures.in(admin, () -> bank.create(Bank.INSTITUTION, draft));
        fixtures.in(admin, () -> {
            bank.publish(id);
            return null;
        });
        return id;
    }

    private void refused(Caller who, NewSitting sitting, String key) {
        assertThatThrownBy(() -> fixtures.in(who, () -> sittings.schedule(sitting))).isInstanceOf(ExamException.class)
                .hasMessage(key);
    }

    private long sittingCount() {
        return jdbc.sql("select count(*) from " + tenant.schemaName() + ".exam_sitting").query(Long.class).single();
    }
}
