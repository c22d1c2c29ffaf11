package cn.kaichuang.cohort;

/** Enrolment refused because the cohort has reached its capacity. */
public class CohortFullException extends IllegalStateException {

    public CohortFullException(String cohortName, int capacity) {
        super("Cohort '" + cohortName + "' is full (" + capacity + " places)");
    }
}
