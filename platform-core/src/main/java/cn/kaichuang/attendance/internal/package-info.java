/** Tokens and the SQL of check-in; only the attendance feature uses these. */
@NullMarked
package cn.kaichuang.attendance.internal;

import org.jspecify.annotations.NullMarked;
