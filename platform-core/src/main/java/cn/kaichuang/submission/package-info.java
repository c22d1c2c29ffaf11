/**
 * Business-plan submissions (TA-3): the trainee of a cohort writes the plan its course type asks
 * for ({@link PlanType}: 创业构思书, SYB 创业计划书, 网络创业规划书) as structured sections, every save
 * a kept version, attaches files to the institution's bucket and submits before the cohort's
 * deadline ({@link Submissions}). Reviewers read the frozen submitted version through
 * {@link Submissions#submitted} and {@link Submissions#read}.
 */
@NullMarked
package cn.kaichuang.submission;

import org.jspecify.annotations.NullMarked;
