package cn.kaichuang.followup;

import java.util.Optional;

/**
 * Outcome figures of one group of trainees of completed cohorts.
 *
 * @param key what the row is: a tenant code, a prefecture code, a course type, {@code tenant:lecturerId}
 * @param label its name as stored (the UI translates course types and prefectures)
 * @param completed trainees of completed cohorts (one per cohort they completed)
 * @param reached of those, with at least one outcome recorded
 * @param started of those reached, who run a business (their latest word on it)
 * @param jobs jobs the started businesses created
 * @param employed of those reached, who run a business or are employed
 */
public record KpiRow(String key, String label, int completed, int reached, int started, int jobs, int employed) {

    /** Start-up rate in percent of the trainees reached, one decimal; empty when nobody was reached. */
    public Optional<Double> startupRate() {
        return rate(started, reached);
    }

    public Optional<Double> employmentRate() {
        return rate(employed, reached);
    }

    /** Share of trainees reached (answered or found in an import), in percent. */
    public Optional<Double> reachRate() {
        return rate(reached, completed);
    }

    KpiRow plus(KpiRow other) {
        return new KpiRow(key, label, completed + other.completed, reached + other.reached, started + other.started,
                jobs + other.jobs, employed + other.employed);
    }

    static Optional<Double> rate(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of(Math.round(part * 1000.0 / whole) / 10.0);
    }
}
