package cn.kaichuang.certificate;

import cn.kaichuang.certificate.CompletionEvidence.Evidence;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Evaluates a course type's completion rule (as the province set it) against what assessment has recorded. */
@Component
class CompletionCheck {

    private final ObjectProvider<CompletionEvidence> evidence;
    private final Function<CourseType, CompletionRule> rules;

    @Autowired
    CompletionCheck(ObjectProvider<CompletionEvidence> evidence, CompletionRules rules) {
        this(evidence, rules::of);
    }

    CompletionCheck(ObjectProvider<CompletionEvidence> evidence, Function<CourseType, CompletionRule> rules) {
        this.evidence = evidence;
        this.rules = rules;
    }

    /** Message keys of the rules not met; empty when the trainee has completed the course. */
    List<String> unmet(CohortView cohort, TraineeId trainee) {
        return unmet(cohort, List.of(trainee)).get(trainee);
    }

    /** The same for several trainees of the cohort, with the evidence read at once. */
    Map<TraineeId, List<String>> unmet(CohortView cohort, List<TraineeId> trainees) {
        CompletionRule rule = rules.apply(cohort.courseType());
        Map<TraineeId, Evidence> recorded = evidence.getIfAvailable(() -> (c, t) -> Evidence.NOTHING_RECORDED)
                .of(cohort.id(), trainees);
        Map<TraineeId, List<String>> unmet = new HashMap<>();
        trainees.forEach(t -> unmet.put(t, unmet(rule, recorded.getOrDefault(t, Evidence.NOTHING_RECORDED))));
        return unmet;
    }

    private static List<String> unmet(CompletionRule rule, Evidence recorded) {
        List<String> unmet = new ArrayList<>();
        if (recorded.attendancePercent().orElse(-1) < rule.minAttendancePercent()) {
            unmet.add("certificate.unmet.attendance");
        }
        if (rule.examRequired() && !recorded.examPassed().orElse(false)) {
            unmet.add("certificate.unmet.exam");
        }
        if (rule.planRequired() && !recorded.planPassed().orElse(false)) {
            unmet.add("certificate.unmet.plan");
        }
        return List.copyOf(unmet);
    }
}
