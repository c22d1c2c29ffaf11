/**
 * 课件: the province's courseware catalogue (upload, versions, publish, withdraw), institutions
 * attaching published courseware to their cohorts ({@link cn.kaichuang.app.ui.courseware.CohortCoursewarePanel}).
 */
@NullMarked
package cn.kaichuang.app.ui.courseware;

import org.jspecify.annotations.NullMarked;
