/**
 * What check-in and assessment have recorded, read-only (TM-5, and the evidence for TM-6
 * certificates). Check-in (the assessment issue) writes {@code attendance_record} for the
 * timetable's {@code cohort_session}s, and exams and plan reviews write
 * {@code assessment_result}; until they do these are empty and
 * everything here answers "not recorded".
 */
@NullMarked
package cn.kaichuang.attendance;

import org.jspecify.annotations.NullMarked;
