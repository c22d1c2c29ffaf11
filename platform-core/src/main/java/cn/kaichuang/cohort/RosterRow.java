package cn.kaichuang.cohort;

/** One data row of a roster file as typed, with its row number in the sheet (the header is row 1). */
public record RosterRow(int rowNumber, String name, String idCard, String phone) {
}
