package cn.kaichuang.cohort;

/** Size of one institution's training business, for statistics snapshots. */
public record CohortCounts(long cohorts, long trainees, long enrolments, long lecturers) {
}
