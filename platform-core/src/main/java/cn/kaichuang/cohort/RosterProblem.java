package cn.kaichuang.cohort;

import java.util.List;

/**
 * Why one row of a roster cannot be imported: reasons as translation keys
 * ({@code roster.error.*}), each with the argument it names (another row's number, the capacity).
 */
public record RosterProblem(RosterRow row, List<Reason> reasons) {

    public record Reason(String messageKey, String argument) {
    }
}
