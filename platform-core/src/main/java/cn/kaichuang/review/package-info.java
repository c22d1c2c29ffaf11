/**
 * Expert review of business plans (TA-4): the province's expert pool, blind allocation of submitted
 * plans to experts of other institutions, rubric scoring, grades and a second review round when two
 * scores disagree ({@link Reviews}).
 */
@NullMarked
package cn.kaichuang.review;

import org.jspecify.annotations.NullMarked;
