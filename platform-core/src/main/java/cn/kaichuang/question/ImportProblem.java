package cn.kaichuang.question;

/** Why one row of an import file was refused: {@code row} as the spreadsheet numbers it (header = 1). */
public record ImportProblem(int row, String messageKey, String argument) {
}
