package cn.kaichuang.evaluation;

import cn.kaichuang.cohort.Ids.LecturerId;

/** One lecturer's averages, for their institution's admin and for learning statistics. */
public record LecturerRating(LecturerId lecturer, String name, Averages averages) {
}
