/** Business plans (TA-3): the trainee's plan page and the staff's list of a cohort's submissions. */
@NullMarked
package cn.kaichuang.app.ui.submission;

import org.jspecify.annotations.NullMarked;
