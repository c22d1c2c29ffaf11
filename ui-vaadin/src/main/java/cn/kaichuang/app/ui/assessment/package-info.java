/** Assessment and attendance statistics for institutions and lecturers (TA-5, TA-6). */
@NullMarked
package cn.kaichuang.app.ui.assessment;

import org.jspecify.annotations.NullMarked;
