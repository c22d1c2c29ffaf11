package cn.kaichuang.cohort;

/** Typed identifiers of the cohort feature, unique within one institution's schema. */
public final class Ids {

    private Ids() {
    }

    public record LecturerId(long value) {
    }

    public record CohortId(long value) {
    }

    public record TraineeId(long value) {
    }

    public record SessionId(long value) {
    }
}
