/**
 * What check-in and assessment have recorded, read-only (TM-5, and the evidence for TM-6
 * certificates). The assessment issue writes the tables {@code training_session},
 * {@code attendance_record} and {@code assessment_result}; until it does they are empty and
 * everything here answers "not recorded".
 */
@NullMarked
package cn.kaichuang.attendance;

import org.jspecify.annotations.NullMarked;
