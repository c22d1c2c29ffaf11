package cn.kaichuang.outreach;

import cn.kaichuang.cohort.CourseType;
import java.util.Set;

/**
 * A trainee taking part in a follow-up service, as the platform tables record them: institution
 * and login (no cross-schema key), the name shown to staff, and what audiences they belong to.
 *
 * @param regionCode the region of the trainee's institution (GB/T 2260)
 * @param courseTypes the course types of the cohorts the trainee is or was enrolled in
 */
public record Participant(String tenant, String username, String displayName, String regionCode,
        Set<CourseType> courseTypes) {
}
