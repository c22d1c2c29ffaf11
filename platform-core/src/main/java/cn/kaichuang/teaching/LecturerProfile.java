package cn.kaichuang.teaching;

import cn.kaichuang.cohort.CourseType;
import java.util.Set;

/** What a trainee sees of the lecturer who set a task: no contact data. */
public record LecturerProfile(String name, String qualificationNo, Set<CourseType> courseTypes) {
}
