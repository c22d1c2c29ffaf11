package cn.kaichuang.evaluation;

/**
 * When a trainee evaluates: after a timetable session ({@code id} is the session's) or at the
 * cohort's completion ({@code id} is the cohort's).
 */
public record Occasion(Kind kind, long id) {

    public enum Kind {
        SESSION, COMPLETION
    }

    public static Occasion session(long sessionId) {
        return new Occasion(Kind.SESSION, sessionId);
    }

    public static Occasion completion(long cohortId) {
        return new Occasion(Kind.COMPLETION, cohortId);
    }
}
