/** The SQL of evaluations; only the evaluation feature uses it. */
@NullMarked
package cn.kaichuang.evaluation.internal;

import org.jspecify.annotations.NullMarked;
