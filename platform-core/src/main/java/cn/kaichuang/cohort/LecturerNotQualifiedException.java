package cn.kaichuang.cohort;

/** A cohort's lead lecturer must be qualified to teach the cohort's course type. */
public class LecturerNotQualifiedException extends IllegalStateException {

    private final CourseType courseType;

    public LecturerNotQualifiedException(CourseType courseType) {
        super("The lead lecturer may not teach " + courseType);
        this.courseType = courseType;
    }

    public CourseType courseType() {
        return courseType;
    }
}
