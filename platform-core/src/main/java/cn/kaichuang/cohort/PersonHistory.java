package cn.kaichuang.cohort;

import java.util.List;

/** A person's training across institutions: the cohorts of each record, read live from its institution. */
public record PersonHistory(Person person, List<Entry> entries) {

    public record Entry(PersonRecord record, CohortView cohort) {
    }
}
