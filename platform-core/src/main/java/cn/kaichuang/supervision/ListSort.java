package cn.kaichuang.supervision;

/** Sorting of a console list by one of its columns (names as in the records, e.g. {@code startDate}). */
public record ListSort(String property, boolean descending) {
}
