package cn.kaichuang.courseware;

import cn.kaichuang.cohort.CourseType;
import java.util.Set;

/**
 * What the province enters for a courseware item before its first file.
 *
 * @param module the course module (模块), such as 市场评估
 * @param knowledgePoint the knowledge point (知识点) within the module; may be blank
 */
public record NewCourseware(String title, Set<CourseType> courseTypes, String module, String knowledgePoint,
        String description) {

    public NewCourseware {
        courseTypes = Set.copyOf(courseTypes);
    }
}
