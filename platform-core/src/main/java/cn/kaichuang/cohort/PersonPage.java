package cn.kaichuang.cohort;

import java.util.List;

/** One page of a person search and the number of persons found in all. */
public record PersonPage(List<Person> persons, long total) {

    public static PersonPage empty() {
        return new PersonPage(List.of(), 0);
    }
}
