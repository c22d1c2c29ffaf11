package cn.kaichuang.exam;

import java.util.List;

/** A sitting's results: every trainee of its cohort, and the figures over those who sat. */
public record SittingResults(Sitting sitting, List<CandidateResult> candidates, int sat, int passed,
        double averageScore) {

    public SittingResults {
        candidates = List.copyOf(candidates);
    }

    public double passRate() {
        return sat == 0 ? 0 : (double) passed / sat;
    }
}
