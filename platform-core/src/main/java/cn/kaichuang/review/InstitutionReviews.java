package cn.kaichuang.review;

import java.util.Map;

/**
 * One institution's line of the province's review overview.
 *
 * @param plans plans allocated to experts
 * @param reviewed plans with a final score
 * @param awaitingSecondRound plans whose third reviewer has not scored yet
 * @param grades settled plans per grade
 */
public record InstitutionReviews(String tenant, String institutionName, int plans, int reviewed,
        int awaitingSecondRound, int assignments, int scoredAssignments, Map<Grade, Integer> grades) {

    public InstitutionReviews {
        grades = Map.copyOf(grades);
    }
}
