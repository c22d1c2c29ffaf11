/**
 * Teaching views (TS-1, TS-4, TS-6, TS-8): the lecturer's tasks with the completion matrix, the
 * cohort's resources and the learning statistics; the trainee's tasks, task detail, resources and
 * the player, designed at 375 px first.
 */
@NullMarked
package cn.kaichuang.app.ui.teaching;

import org.jspecify.annotations.NullMarked;
