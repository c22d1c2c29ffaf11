package cn.kaichuang.review;

import cn.kaichuang.attendance.AssessmentResults;
import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.AsPlatform;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.review.internal.ReviewTable;
import cn.kaichuang.review.internal.ReviewTransaction;
import cn.kaichuang.submission.PlanContent;
import cn.kaichuang.submission.SubmissionId;
import cn.kaichuang.submission.SubmittedPlan;
import cn.kaichuang.submission.Submissions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Expert review of submitted plans (TA-4). The province keeps the expert pool. Allocation gives each
 * submitted plan of a cohort two experts of other institutions, drawn at random (the seed is stored
 * with the assignment, so a draw can be replayed) among the least loaded. Experts see a plan number,
 * never the trainee. When the two totals differ by more than the threshold a third expert scores the
 * plan (round 2); the final score is then the mean of the two closest of the three totals (on a tie,
 * the higher pair), otherwise the mean of the two, rounded half up.
 */
@Service
public class Reviews {

    static final int REVIEWERS = 2;
    private static final int MAX_COMMENT = 1000;

    private final Submissions submissions;
    private final ReviewTable table;
    private final ReviewTransaction transaction;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final AssessmentResults results;
    private final AsPlatform asPlatform;
    private final Clock clock;
    private final int threshold;

    Reviews(Submissions submissions, ReviewTable table, ReviewTransaction transaction, AccessPolicy policy,
            AuditTrail audit, AssessmentResults results, AsPlatform asPlatform, Optional<Clock> clock,
            @Value("${kaichuang.review.threshold:15}") int threshold) {
        this.submissions = submissions;
        this.results = results;
        this.asPlatform = asPlatform;
        this.table = table;
        this.transaction = transaction;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    // ---- expert pool ---------------------------------------------------------------------------

    /** Adds or updates an expert of the pool: the province only. */
    public void saveExpert(Expert expert) {
        Caller caller = province("review.expert");
        if (expert.username().isBlank() || expert.name().isBlank() || expert.homeTenant().isBlank()) {
            throw new ReviewException("review.error.expert-required");
        }
        Expert clean = new Expert(expert.username().strip(), expert.name().strip(), expert.homeTenant().strip(),
                expert.specialities().strip(), expert.active());
        transaction.call(() -> {
            Optional<Expert> before = table.expert(clean.username());
            table.saveExpert(clean, clock.instant());
            audit.recordPlatform(AuditEvent.changed("review.expert-saved", "expert", clean.username(),
                    before.orElse(null), clean));
            return caller;
        });
    }

    public List<Expert> experts() {
        Caller caller = policy.caller();
        if (!(caller.isSystem() || caller.is(Role.PROVINCE_ADMIN))) {
            policy.refused(caller, "expert-pool", "*");
            return List.of();
        }
        return table.experts();
    }

    // ---- allocation ----------------------------------------------------------------------------

    /**
     * Gives every submitted plan of the cohort its two first reviewers (plans already allocated keep
     * theirs); for the institution's admin and the province. Returns the number of new assignments.
     */
    public int allocate(TenantCode tenant, CohortId cohort, long seed) {
        Caller caller = policy.caller();
        if (!(caller.isSystem() || caller.is(Role.PROVINCE_ADMIN)
                || caller.is(Role.INSTITUTION_ADMIN) && tenant.value().equals(caller.tenant()))) {
            throw policy.refusal(caller, "review.allocate");
        }
        List<SubmittedPlan> plans = TenantContext.call(tenant, () -> submissions.submitted(cohort));
        if (plans.isEmpty()) {
            throw new ReviewException("review.error.nothing-submitted");
        }
        return transaction.call(() -> {
            Map<String, Integer> load = new HashMap<>(table.openLoad());
            int added = 0;
            for (SubmittedPlan plan : plans) {
                List<Assignment> existing = table.ofPlan(tenant.value(), plan.id().value());
                for (int i = existing.size(); i < REVIEWERS; i++) {
                    Set<String> taken = existing.stream().map(Assignment::expert).collect(Collectors.toSet());
                    String expert = draw(tenant, taken, load, new Random(seed + plan.id().value() * 31 + i));
                    long id = table.insert(tenant.value(), plan.id().value(), cohort.value(), plan.type(), expert, 1,
                            seed, clock.instant());
                    existing = table.ofPlan(tenant.value(), plan.id().value());
                    audit.recordPlatform(AuditEvent.created("review-assignment", id,
                            tenant.value() + "/" + plan.id().value() + " round 1 seed " + seed));
                    added++;
                }
            }
            return added;
        });
    }

    /** Among active experts of other institutions not yet on the plan, a random one of the least loaded. */
    private String draw(TenantCode tenant, Set<String> taken, Map<String, Integer> load, Random random) {
        List<Expert> eligible = table.experts().stream()
                .filter(e -> e.active() && !e.homeTenant().equals(tenant.value()) && !taken.contains(e.username()))
                .toList();
        if (eligible.isEmpty()) {
            throw new ReviewException("review.error.no-expert");
        }
        int least = eligible.stream().mapToInt(e -> load.getOrDefault(e.username(), 0)).min().orElse(0);
        List<Expert> lightest = eligible.stream().filter(e -> load.getOrDefault(e.username(), 0) == least).toList();
        String chosen = lightest.get(random.nextInt(lightest.size())).username();
        load.merge(chosen, 1, Integer::sum);
        return chosen;
    }

    // ---- the expert's work ---------------------------------------------------------------------

    /** The caller's assignments, open ones first. */
    public List<Assignment> mine() {
        Caller caller = policy.caller();
        return caller.is(Role.EXPERT) ? table.ofExpert(caller.username()) : List.of();
    }

    /** An assigned plan, blinded; another expert's assignment is not found and the refusal audited. */
    public Optional<BlindPlan> open(long assignmentId) {
        return own(assignmentId).flatMap(a -> {
            Optional<SubmittedPlan> plan = asPlatform.call(() -> TenantContext.call(TenantCode.of(a.tenant()),
                    () -> submissions.read(new SubmissionId(a.submissionId()))));
            return plan.map(p -> new BlindPlan(a.id(), a.planNumber(), p.type(), blind(p.content()), p.totals(),
                    Rubrics.of(a.type()), table.scores(a.id())));
        });
    }

    /**
     * Scores an assigned plan: every criterion of the rubric once, within its maximum, with a
     * comment. Scoring again replaces the scores. May call in a third expert (see the class comment).
     */
    public int score(long assignmentId, List<CriterionScore> scores) {
        Assignment assignment = own(assignmentId)
                .orElseThrow(() -> new ReviewException("review.error.not-found"));
        List<CriterionScore> clean = check(Rubrics.of(assignment.type()), scores);
        int total = clean.stream().mapToInt(CriterionScore::score).sum();
        transaction.call(() -> {
            table.score(assignment.id(), clean, total, clock.instant());
            audit.recordPlatform(AuditEvent.changed("review.scored", "review-assignment", assignment.id(),
                    assignment.total(), total));
            secondRound(assignment);
            return total;
        });
        recordResultOnceSettled(assignment);
        return total;
    }

    /** A settled plan's grade is what certificates read as "plan passed" (TM-6). */
    private void recordResultOnceSettled(Assignment scored) {
        List<Assignment> all = table.ofPlan(scored.tenant(), scored.submissionId());
        Integer score = finalScore(all.stream().map(Assignment::total).filter(t -> t != null).toList(),
                all.stream().anyMatch(a -> a.round() == 2), threshold);
        if (score == null) {
            return;
        }
        asPlatform.call(() -> TenantContext.call(TenantCode.of(scored.tenant()), () -> {
            submissions.read(new SubmissionId(scored.submissionId())).ifPresent(plan -> results.record(plan.cohort(),
                    plan.trainee(), AssessmentResults.Kind.PLAN, Grade.of(score) != Grade.FAIL, clock.instant()));
            return score;
        }));
    }

    static List<CriterionScore> check(List<Criterion> rubric, List<CriterionScore> scores) {
        Map<String, CriterionScore> byKey = new HashMap<>();
        for (CriterionScore s : scores) {
            if (byKey.put(s.criterion(), s) != null) {
                throw new ReviewException("review.error.duplicate", s.criterion());
            }
        }
        List<CriterionScore> clean = new ArrayList<>();
        for (Criterion c : rubric) {
            CriterionScore s = byKey.remove(c.key());
            if (s == null) {
                throw new ReviewException("review.error.missing", c.name());
            }
            if (s.score() < 0 || s.score() > c.max()) {
                throw new ReviewException("review.error.range", c.name(), String.valueOf(c.max()));
            }
            String comment = s.comment() == null ? "" : s.comment().strip();
            if (comment.isBlank()) {
                throw new ReviewException("review.error.comment", c.name());
            }
            if (comment.length() > MAX_COMMENT) {
                throw new ReviewException("review.error.comment-too-long", c.name(), String.valueOf(MAX_COMMENT));
            }
            clean.add(new CriterionScore(c.key(), s.score(), comment));
        }
        if (!byKey.isEmpty()) {
            throw new ReviewException("review.error.unknown-criterion", byKey.keySet().iterator().next());
        }
        return clean;
    }

    private void secondRound(Assignment scored) {
        List<Assignment> all = table.ofPlan(scored.tenant(), scored.submissionId());
        List<Integer> first = all.stream().filter(a -> a.round() == 1 && a.total() != null)
                .map(Assignment::total).toList();
        boolean called = all.stream().anyMatch(a -> a.round() == 2);
        if (called || first.size() < REVIEWERS || Math.abs(first.get(0) - first.get(1)) <= threshold) {
            return;
        }
        Set<String> taken = all.stream().map(Assignment::expert).collect(Collectors.toSet());
        Map<String, Integer> load = new HashMap<>(table.openLoad());
        String expert;
        try {
            expert = draw(TenantCode.of(scored.tenant()), taken, load,
                    new Random(scored.seed() + scored.submissionId() * 31 + REVIEWERS));
        } catch (ReviewException none) {
            // The score stands; the province sees the plan as unsettled in its overview.
            return;
        }
        long id = table.insert(scored.tenant(), scored.submissionId(), scored.cohortId(), scored.type(), expert, 2,
                scored.seed(), clock.instant());
        audit.recordPlatform(AuditEvent.created("review-assignment", id,
                scored.tenant() + "/" + scored.submissionId() + " round 2"));
    }

    private Optional<Assignment> own(long assignmentId) {
        Caller caller = policy.caller();
        Optional<Assignment> found = table.find(assignmentId)
                .filter(a -> caller.is(Role.EXPERT) && a.expert().equals(caller.username()));
        if (found.isEmpty()) {
            policy.refused(caller, "review-assignment", assignmentId);
        }
        return found;
    }

    // ---- results -------------------------------------------------------------------------------

    /**
     * The final score of a plan from its reviewers' totals: null until two agree or a third scored.
     */
    static @Nullable Integer finalScore(List<Integer> totals, boolean thirdCalled, int threshold) {
        if (totals.size() < REVIEWERS || thirdCalled && totals.size() < 3) {
            return null;
        }
        if (totals.size() == REVIEWERS) {
            if (Math.abs(totals.get(0) - totals.get(1)) > threshold && !thirdCalled) {
                return null;
            }
            return mean(totals.get(0), totals.get(1));
        }
        List<Integer> sorted = totals.stream().sorted().toList();
        int low = sorted.get(1) - sorted.get(0);
        int high = sorted.get(2) - sorted.get(1);
        return low < high ? mean(sorted.get(0), sorted.get(1)) : mean(sorted.get(1), sorted.get(2));
    }

    private static int mean(int a, int b) {
        return (a + b + 1) / 2;
    }

    /** The cohort's plans with every review, for the institution (and those supervising it). */
    public List<PlanResult> results(TenantCode tenant, CohortId cohort) {
        Caller caller = policy.caller();
        if (!policy.mayRead(caller, tenant) || caller.is(Role.TRAINEE) || caller.is(Role.EXPERT)) {
            policy.refused(caller, "review-results", tenant.value() + "/" + cohort.value());
            return List.of();
        }
        List<SubmittedPlan> plans = TenantContext.call(tenant, () -> submissions.submitted(cohort));
        Map<String, String> names = table.experts().stream()
                .collect(Collectors.toMap(Expert::username, Expert::name));
        Map<Long, List<Assignment>> byPlan = table.ofCohort(tenant.value(), cohort.value()).stream()
                .collect(Collectors.groupingBy(Assignment::submissionId));
        return plans.stream().sorted(Comparator.comparing(p -> p.id().value())).map(plan -> {
            List<Assignment> assignments = byPlan.getOrDefault(plan.id().value(), List.of());
            List<PlanResult.Review> reviews = assignments.stream().map(a -> new PlanResult.Review(a.planNumber(),
                    names.getOrDefault(a.expert(), a.expert()), a.round(), a.state(), a.total(),
                    table.scores(a.id()))).toList();
            Integer score = finalScore(assignments.stream().map(Assignment::total).filter(t -> t != null).toList(),
                    assignments.stream().anyMatch(a -> a.round() == 2), threshold);
            return new PlanResult(plan.id().value(), plan.traineeName(), reviews, score,
                    score == null ? null : Grade.of(score));
        }).toList();
    }

    /** Every assignment across institutions, for the province's overview. */
    public List<Assignment> overview() {
        province("review.overview");
        return table.all();
    }

    private Caller province(String operation) {
        Caller caller = policy.caller();
        if (!(caller.isSystem() || caller.is(Role.PROVINCE_ADMIN))) {
            throw policy.refusal(caller, operation);
        }
        return caller;
    }

    private static PlanContent blind(PlanContent content) {
        PlanContent.Founder f = content.founder();
        return new PlanContent(content.overview(), new PlanContent.Founder("", f.education(), f.experience(),
                f.skills(), f.motivation()), content.market(), content.marketing(), content.organisation(),
                content.fixedAssets(), content.workingCapital(), content.salesForecast(), content.salesAndCosts(),
                content.cashFlow());
    }
}
