package cn.kaichuang.app.demo;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.exam.Blueprint;
import cn.kaichuang.exam.BlueprintLine;
import cn.kaichuang.exam.ExamSittings;
import cn.kaichuang.exam.MarkingRule;
import cn.kaichuang.exam.NewSitting;
import cn.kaichuang.exam.Papers;
import cn.kaichuang.question.QuestionBank;
import cn.kaichuang.question.QuestionType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An open sitting for the running SYB cohort of the first institution, so that trainee1 finds an
 * exam under 我的考试 and the admin and lecturer1 find its results under 考试安排. Runs in the
 * institution's context, as the platform; looks before it writes.
 */
@Component
class DemoExams {

    static final String BLUEPRINT = "SYB 结业考试（演示）";
    static final String SITTING = "2026年第12期 SYB 结业考试";
    private static final String RUNNING_COHORT = "2026年第12期 SYB 创业培训班";

    private final Papers papers;
    private final QuestionBank bank;
    private final ExamSittings sittings;
    private final Cohorts cohorts;
    private final Clock clock;

    DemoExams(Papers papers, QuestionBank bank, ExamSittings sittings, Cohorts cohorts,
            Optional<Clock> clock) {
        this.papers = papers;
        this.bank = bank;
        this.sittings = sittings;
        this.cohorts = cohorts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    void seed() {
        if (sittings.sittings().stream().anyMatch(s -> s.name().equals(SITTING))) {
            return;
        }
        Optional<CohortView> cohort = cohorts.all().stream().filter(c -> c.name().equals(RUNNING_COHORT)).findFirst();
        if (cohort.isEmpty()) {
            return;
        }
        // The demo is seeded before the start-up seeding of the province bank (ApplicationReadyEvent);
        // the paper needs its questions now. Idempotent, so the later start-up run adds nothing.
        bank.seedProvinceBank();
        Blueprint blueprint = papers.blueprints().stream().filter(b -> b.name().equals(BLUEPRINT)).findFirst()
                .orElseGet(() -> papers.save(new Blueprint(0, BLUEPRINT, "SYB", List.of(
                        new BlueprintLine(QuestionType.SINGLE_CHOICE, null, 1, 5, 10, 5),
                        new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 5, 4),
                        new BlueprintLine(QuestionType.MULTIPLE_CHOICE, null, 1, 5, 5, 6)))));
        Instant now = clock.instant();
        sittings.schedule(new NewSitting(SITTING, blueprint.id(), cohort.get().id().value(),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(14)), 30, 2, 60, MarkingRule.PARTIAL));
    }
}
