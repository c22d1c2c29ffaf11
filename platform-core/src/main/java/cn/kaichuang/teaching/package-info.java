/**
 * Teaching (TS-1, TS-4, TS-6, TS-8): a lecturer's tasks for a cohort or one of its sessions and
 * the trainees' completions, digital resources in the institution's bucket with each trainee's
 * progress measured on the server, and the learning statistics built from both. Other features
 * add statistics columns through {@link cn.kaichuang.teaching.StatisticsContributor}.
 */
@NullMarked
package cn.kaichuang.teaching;

import org.jspecify.annotations.NullMarked;
