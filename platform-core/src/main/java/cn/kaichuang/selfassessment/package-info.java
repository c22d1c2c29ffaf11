/**
 * The entrepreneurial-ability self-assessment (创业能力测评, TS-7): a versioned instrument the
 * province maintains in schema {@code platform} (dimensions with Likert items, some
 * reverse-scored, and advice per dimension and level), and trainees' results in their
 * institution's schema, each keeping the version it answered.
 */
@NullMarked
package cn.kaichuang.selfassessment;

import org.jspecify.annotations.NullMarked;
