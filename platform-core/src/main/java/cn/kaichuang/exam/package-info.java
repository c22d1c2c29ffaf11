/**
 * Exam papers (TA-2): blueprints stored per institution and papers drawn from the published bank,
 * one per candidate and attempt, reproducible from their seed and stored with the exact question
 * versions and option orders they showed.
 */
@NullMarked
package cn.kaichuang.exam;

import org.jspecify.annotations.NullMarked;
