package cn.kaichuang.cohort;

import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every cohort of the current institution with its enrolment count, plus the institution's
 * trainee and lecturer counts, in two aggregate queries: what the provincial console snapshots
 * and drills down into. Entity loading with a count per cohort costs a query per cohort, which
 * across 1,000 institutions is the difference between seconds and minutes.
 */
@Service
@Transactional(readOnly = true)
public class CohortCensus {

    /** One cohort as the supervisors see it. */
    public record Line(long id, String name, CourseType courseType, CohortStatus status, LocalDate startDate,
            LocalDate endDate, int capacity, long enrolled) {
    }

    public record Result(List<Line> cohorts, long trainees, long lecturers) {

        public long enrolments() {
            return cohorts.stream().mapToLong(Line::enrolled).sum();
        }
    }

    private final EntityManager entityManager;
    private final AccessPolicy policy;

    CohortCensus(EntityManager entityManager, AccessPolicy policy) {
        this.entityManager = entityManager;
        this.policy = policy;
    }

    /** For the platform, supervisors and the institution's admin; refused for everyone else. */
    public Result take() {
        Caller caller = policy.readerOfCurrentTenant("cohort-census")
                .orElseThrow(() -> new AccessRefusedException("cohort.census"));
        if (!caller.isSystem() && !caller.is(Role.PROVINCE_ADMIN) && !caller.is(Role.PREFECTURE_ADMIN)
                && !caller.is(Role.INSTITUTION_ADMIN)) {
            throw policy.refusal(caller, "cohort.census");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select c.id, c.name, c.course_type, c.status, c.start_date, c.end_date, c.capacity,
                       (select count(*) from enrolment e where e.cohort_id = c.id)
                from cohort c order by c.start_date desc, c.id desc""").getResultList();
        List<Line> lines = rows.stream().map(r -> new Line(((Number) r[0]).longValue(), (String) r[1],
                CourseType.valueOf((String) r[2]), CohortStatus.valueOf((String) r[3]), date(r[4]), date(r[5]),
                ((Number) r[6]).intValue(), ((Number) r[7]).longValue())).toList();
        Object[] people = (Object[]) entityManager.createNativeQuery(
                "select (select count(*) from trainee), (select count(*) from lecturer)").getSingleResult();
        return new Result(lines, ((Number) people[0]).longValue(), ((Number) people[1]).longValue());
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
