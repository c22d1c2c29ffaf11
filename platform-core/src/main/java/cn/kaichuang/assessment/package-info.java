/**
 * Assessment and attendance statistics for institutions and lecturers (TA-5, TA-6): per cohort the
 * attendance rate, plan submissions and review grades, exam results, and every trainee's results
 * ({@link AssessmentStatistics}). Read-only; it combines the public APIs of {@code attendance},
 * {@code submission} and {@code review}.
 */
@NullMarked
package cn.kaichuang.assessment;

import org.jspecify.annotations.NullMarked;
