package cn.kaichuang.teaching;

/** What a teaching task asks of a trainee. */
public enum TaskKind {
    /** Study a resource of the cohort; completes itself when the resource is finished. */
    STUDY_RESOURCE,
    /** Watch a video of the cohort; completes itself when the video is watched. */
    WATCH_VIDEO,
    SELF_ASSESSMENT,
    HAND_IN_DRAFT,
    OFFLINE;

    /** Whether the trainee's progress completes the task, rather than the trainee with evidence. */
    public boolean automatic() {
        return this == STUDY_RESOURCE || this == WATCH_VIDEO;
    }
}
