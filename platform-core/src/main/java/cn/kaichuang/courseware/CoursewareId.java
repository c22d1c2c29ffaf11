package cn.kaichuang.courseware;

/** A courseware item of the province's catalogue, the same in every institution. */
public record CoursewareId(long value) {
}
