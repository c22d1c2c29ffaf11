package cn.kaichuang.selfassessment;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.selfassessment.internal.FirstInstrument;
import cn.kaichuang.selfassessment.internal.InstrumentTable;
import cn.kaichuang.selfassessment.internal.ResultTable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The instrument (everyone reads the current version; the province publishes new ones) and the
 * trainee's results. Not transactional itself: the instrument lives in schema {@code platform},
 * the results in the institution's, and each table runs its own transaction.
 */
@Service
public class SelfAssessments {

    private final InstrumentTable instruments;
    private final ResultTable results;
    private final Trainees trainees;
    private final Cohorts cohorts;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Integer, Instrument> published = new java.util.concurrent.ConcurrentHashMap<>();

    SelfAssessments(InstrumentTable instruments, ResultTable results, Trainees trainees, Cohorts cohorts,
            AccessPolicy policy, AuditTrail audit, Optional<Clock> clock) {
        this.instruments = instruments;
        this.results = results;
        this.trainees = trainees;
        this.cohorts = cohorts;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The version trainees take now (seeded at start-up; seeded here too if start-up has not yet). */
    public Instrument current() {
        int latest = instruments.latestVersion().orElseGet(() -> {
            instruments.insert(1, FirstInstrument.get(), "system", clock.instant());
            return 1;
        });
        return version(latest).orElseThrow();
    }

    public Optional<Instrument> version(int version) {
        // A published version never changes, so it is cached (versions are platform-wide, not per institution).
        Instrument cached = published.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Instrument> found = instruments.find(version);
        found.ifPresent(i -> published.put(version, i));
        return found;
    }

    public List<Integer> versions() {
        return instruments.versions();
    }

    /**
     * The province publishes a new version (the next number); results already taken keep theirs.
     * Every dimension needs a name, advice for each level and at least four items.
     */
    public int publish(Instrument draft) {
        Caller caller = policy.caller();
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN)) {
            throw policy.refusal(caller, "self-assessment.publish");
        }
        if (draft.title().isBlank() || draft.dimensions().isEmpty()) {
            throw new SelfAssessmentException("selfassessment.error.instrument");
        }
        for (Instrument.Dimension d : draft.dimensions()) {
            boolean blankAdvice = d.adviceLow().isBlank() || d.adviceMid().isBlank() || d.adviceHigh().isBlank();
            if (d.name().isBlank() || blankAdvice || d.items().size() < 4
                    || d.items().stream().anyMatch(i -> i.text().isBlank() || i.text().length() > 300)) {
                throw new SelfAssessmentException("selfassessment.error.instrument");
            }
        }
        int next = instruments.latestVersion().orElse(0) + 1;
        if (!instruments.insert(next, draft, caller.username(), clock.instant())) {
            throw new SelfAssessmentException("selfassessment.error.concurrent");
        }
        audit.recordPlatform(AuditEvent.created("self-assessment-instrument", next, draft.title()));
        return next;
    }

    /** The signed-in trainee answers the current version (one answer 1-5 per item, in order). */
    public AssessmentResult submit(int version, List<Integer> answers) {
        TraineeView trainee = me();
        Instrument instrument = current();
        if (instrument.version() != version) {
            // The province published a new version while the trainee was answering the old one.
            throw new SelfAssessmentException("selfassessment.error.outdated");
        }
        List<Instrument.Item> items = instrument.items();
        if (answers.size() != items.size() || answers.stream().anyMatch(a -> a == null || a < 1 || a > 5)) {
            throw new SelfAssessmentException("selfassessment.error.answers");
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        int index = 0;
        for (Instrument.Dimension d : instrument.dimensions()) {
            double sum = 0;
            for (Instrument.Item item : d.items()) {
                int answer = answers.get(index++);
                sum += item.reverse() ? 6 - answer : answer;
            }
            double mean = sum / d.items().size();
            scores.put(d.code(), (int) Math.round((mean - 1) / 4 * 100));
        }
        int total = (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        String encoded = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
        results.insert(trainee.id().value(), version, encoded, total, scores, clock.instant());
        return history().getFirst();
    }

    /** The signed-in trainee's results, newest first, each read with the version it answered. */
    public List<AssessmentResult> history() {
        TraineeView trainee = me();
        List<AssessmentResult> list = new ArrayList<>();
        for (ResultTable.Row row : results.ofTrainee(trainee.id().value())) {
            list.add(result(row));
        }
        return list;
    }

    /**
     * The latest total per trainee of a cohort, for learning statistics (staff who may read the
     * cohort); trainees who have not taken it are absent.
     */
    public Map<TraineeId, Integer> latestTotals(CohortId cohort) {
        Caller caller = policy.caller();
        if (caller.is(Role.TRAINEE) || cohorts.find(cohort).isEmpty()) {
            if (caller.is(Role.TRAINEE)) {
                policy.refused(caller, "self-assessment", "cohort " + cohort.value());
            }
            return Map.of();
        }
        Map<TraineeId, Integer> totals = new HashMap<>();
        results.latestTotals(cohort.value()).forEach((trainee, total) -> totals.put(new TraineeId(trainee), total));
        return totals;
    }

    private AssessmentResult result(ResultTable.Row row) {
        Instrument instrument = version(row.version()).orElseThrow();
        List<AssessmentResult.DimensionScore> scores = new ArrayList<>();
        for (Instrument.Dimension d : instrument.dimensions()) {
            Integer score = row.scores().get(d.code());
            if (score != null) {
                Level level = Level.of(score);
                scores.add(new AssessmentResult.DimensionScore(d.code(), d.name(), score, level, d.advice(level)));
            }
        }
        return new AssessmentResult(row.id(), row.version(), row.takenAt(), row.total(), scores);
    }

    private TraineeView me() {
        Caller caller = policy.caller();
        if (!caller.is(Role.TRAINEE)) {
            throw new SelfAssessmentException("selfassessment.error.not-trainee");
        }
        return trainees.findByUsername(caller.username())
                .orElseThrow(() -> new SelfAssessmentException("selfassessment.error.not-trainee"));
    }
}
