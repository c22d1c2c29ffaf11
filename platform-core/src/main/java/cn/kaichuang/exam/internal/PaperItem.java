package cn.kaichuang.exam.internal;

import java.util.List;

/** One stored item of a paper: which question version, in which option order, for how many points. */
public record PaperItem(String bank, long question, int version, List<Integer> order, int score) {
}
