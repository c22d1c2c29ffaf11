/**
 * Follow-up services the province and prefectures deliver to trainees during and after training
 * (TM-7, FS-1, SV-3): policies, events, premium courses, mentor consultation, live sessions and
 * entrepreneurship service resources. The content is province-wide and lives in schema
 * {@code platform}; every row naming a trainee (read, registration, progress, booking, question,
 * attendance, request) records who took part, by institution and login.
 */
@NullMarked
package cn.kaichuang.outreach;

import org.jspecify.annotations.NullMarked;
