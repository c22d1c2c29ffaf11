package cn.kaichuang.followup;

import java.util.List;

/**
 * What is wrong with one row of an outcome import; the row's ID number only masked.
 *
 * @param reasons translation keys ({@code followup.import.error.*})
 */
public record ImportProblem(int rowNumber, String maskedId, List<String> reasons) {
}
