package cn.kaichuang.certificate;

import java.util.List;

/**
 * The outcome of issuing to all eligible trainees of a cohort: the new certificates, those
 * skipped because they already hold a valid one, and those not (yet) eligible.
 */
public record IssueSummary(List<Certificate> issued, int alreadyHolding, int notEligible) {

    public IssueSummary {
        issued = List.copyOf(issued);
    }
}
