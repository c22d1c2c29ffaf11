/** 考勤总览: attendance per cohort for the institution, its lecturers and the supervising authorities. */
@NullMarked
package cn.kaichuang.app.ui.attendance;

import org.jspecify.annotations.NullMarked;
