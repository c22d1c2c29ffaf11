/**
 * Lecturers across institutions (TM-2, SV-2): the province-wide lecturer pool, a copy of every
 * institution's lecturer records without contact data kept in schema {@code platform}, and the
 * province's continuing-development activities with registration and attendance.
 */
@NullMarked
package cn.kaichuang.lecturer;

import org.jspecify.annotations.NullMarked;
