/**
 * Follow-up of trainees after their course (FS-2, TM-9, SV-3): surveys 3, 6 and 12 months after a
 * cohort completes ({@link FollowupSurveys}, scheduled by Quartz), answered by the trainee on a phone
 * or entered by staff who reached them by phone; imports of business-registration and employment data
 * matched by the ID number's blind index ({@link OutcomeImport}); outcome KPIs per institution,
 * lecturer, course type and prefecture ({@link OutcomeKpis}, province figures from snapshots); model
 * trainees proposed by institutions and published by the province ({@link ModelTrainees}).
 */
@NullMarked
package cn.kaichuang.followup;

import org.jspecify.annotations.NullMarked;
