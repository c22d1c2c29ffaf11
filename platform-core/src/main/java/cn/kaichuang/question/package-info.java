/**
 * Question bank (TA-2): the province's bank in schema {@code platform} and each institution's
 * additions in its own schema, both of the same shape ({@link QuestionBank}). Questions are kept in
 * versions: an edit adds a draft version, publishing makes it the one new papers draw, and every
 * version stays readable by (id, version) for the papers that drew it. The province bank is seeded
 * from {@code question-bank/syb-seed.txt} at start-up.
 */
@NullMarked
package cn.kaichuang.question;

import org.jspecify.annotations.NullMarked;
