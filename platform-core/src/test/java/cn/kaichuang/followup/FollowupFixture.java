package cn.kaichuang.followup;

import static cn.kaichuang.testsupport.SignedIn.caller;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.testsupport.SignedIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Completed cohorts for follow-up tests, completed by a COMPLETED step at a given time. */
final class FollowupFixture {

    private static final AtomicInteger PEOPLE = new AtomicInteger(100);

    record Roster(CohortId cohort, LecturerId lecturer, List<TraineeId> trainees, List<String> usernames,
            List<IdCardNumber> ids, TenantCode tenant) {

        Caller trainee(int i) {
            return caller(usernames.get(i), Role.TRAINEE, tenant.value(), null);
        }
    }

    private final TenantCode tenant;
    private final Lecturers lecturers;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final JdbcClient jdbc;
    private final String prefix;

    FollowupFixture(TenantCode tenant, Lecturers lecturers, Cohorts cohorts, Trainees trainees, JdbcClient jdbc,
            String prefix) {
        this.tenant = tenant;
        this.lecturers = lecturers;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    Caller admin() {
        return caller(prefix + "-admin", Role.INSTITUTION_ADMIN, tenant.value(), null);
    }

    static String creditCode(int n) {
        String first17 = "914301%011d".formatted(n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** A cohort of {@code size} trainees that completed at {@code completedAt}. */
    Roster completed(CourseType type, int size, Instant completedAt) {
        return completed(type, size, completedAt, null);
    }

    Roster completed(CourseType type, int size, Instant completedAt, LecturerId lead) {
        Roster roster = TenantContext.call(tenant, () -> {
            LecturerId lecturer = lead != null ? lead : lecturers.register(new NewLecturer("讲师" + PEOPLE.incrementAndGet(),
                    null, "FU-" + PEOPLE.get(), Set.of(CourseType.values()), null));
            CohortId cohort = cohorts.create(new NewCohort("回访第" + PEOPLE.incrementAndGet() + "期", type,
                    LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14),
                    new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94), 30, lecturer));
            List<TraineeId> ids = new ArrayList<>();
            List<String> usernames = new ArrayList<>();
            List<IdCardNumber> numbers = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String username = prefix + "-trainee-" + PEOPLE.incrementAndGet();
                String first17 = "43010219880512%03d".formatted(PEOPLE.get() % 1000);
                IdCardNumber number = IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
                TraineeId trainee = trainees.register(new NewTrainee("学员" + PEOPLE.get(), number, null, username));
                cohorts.enrol(cohort, trainee);
                ids.add(trainee);
                usernames.add(username);
                numbers.add(number);
            }
            return new Roster(cohort, lecturer, ids, usernames, numbers, tenant);
        });
        String schema = tenant.schemaName();
        jdbc.sql("update " + schema + ".cohort set status = 'COMPLETED' where id = ?").param(roster.cohort().value())
                .update();
        jdbc.sql("insert into " + schema + ".cohort_transition (cohort_id, from_status, to_status, actor, at)"
                + " values (?, 'RUNNING', 'COMPLETED', 'test', ?)")
                .params(roster.cohort().value(), Timestamp.from(completedAt)).update();
        return roster;
    }

    <T> T in(Caller caller, Supplier<T> work) {
        return SignedIn.as(caller, () -> TenantContext.call(tenant, work::get));
    }

    void in(Caller caller, Runnable work) {
        in(caller, () -> {
            work.run();
            return null;
        });
    }

    <T> T asSystem(Supplier<T> work) {
        return TenantContext.call(tenant, work::get);
    }
}
