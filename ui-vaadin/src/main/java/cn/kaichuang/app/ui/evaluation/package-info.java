/** 评价: trainees rate lecturers and the institution; lecturers, admins and the province read the averages. */
@NullMarked
package cn.kaichuang.app.ui.evaluation;

import org.jspecify.annotations.NullMarked;
