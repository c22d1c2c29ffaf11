/**
 * Courseware (TM-8): the province curates courseware items in versions kept in the platform's
 * courseware bucket and publishes or withdraws them ({@link CoursewareCatalogue}); institutions
 * attach published items to their cohorts at a pinned version or the latest published one, and
 * the cohort's lecturers and trainees open them through short-lived presigned URLs
 * ({@link CohortCourseware}). The catalogue lives in schema {@code platform} because every
 * institution uses the same items; the attachments live in each institution's schema.
 */
@NullMarked
package cn.kaichuang.courseware;

import org.jspecify.annotations.NullMarked;
