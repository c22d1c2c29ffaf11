package cn.kaichuang.cohort;

import java.util.List;

/** A roster either imported whole ({@code problems} empty) or not at all. */
public record RosterResult(List<RosterRow> rows, int imported, int enrolled, List<RosterProblem> problems) {

    public boolean accepted() {
        return problems.isEmpty();
    }
}
