package cn.kaichuang.exam;

import static cn.kaichuang.testsupport.SignedIn.as;
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
import cn.kaichuang.question.QuestionType;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Cohorts with trainees and a lead lecturer, and blueprints, for the exam tests. */
final class ExamFixtures {

    private static final AtomicInteger PEOPLE = new AtomicInteger(700);

    record Cohort(CohortId id, Caller lecturer, List<Caller> trainees, List<TraineeId> ids) {
    }

    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final TenantCode tenant;

    ExamFixtures(Cohorts cohorts, Trainees trainees, Lecturers lecturers, TenantCode tenant) {
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.tenant = tenant;
    }

    Cohort cohort(CourseType course, int size) {
        String lecturerLogin = "ex-lecturer-" + PEOPLE.incrementAndGet();
        return TenantContext.call(tenant, () -> as(Caller.SYSTEM, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("考试讲师" + PEOPLE.get(), null,
                    "EX-" + PEOPLE.incrementAndGet(), Set.of(course), lecturerLogin));
            CohortId cohort = cohorts.create(new NewCohort(course + " 考试" + PEOPLE.incrementAndGet() + "期", course,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 13), new Venue("长沙市岳麓区", 28.2, 112.9), 30,
                    lecturer));
            List<Caller> callers = new ArrayList<>();
            List<TraineeId> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String login = "ex-trainee-" + PEOPLE.incrementAndGet();
                String first17 = "43010419910202%03d".formatted(PEOPLE.get() % 1000);
                IdCardNumber idCard = IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
                TraineeId id = trainees.register(new NewTrainee("考生" + PEOPLE.get(), idCard, null, login));
                cohorts.enrol(cohort, id);
                callers.add(caller(login, Role.TRAINEE, tenant.value(), null));
                ids.add(id);
            }
            return new Cohort(cohort, caller(lecturerLogin, Role.LECTURER, tenant.value(), null), callers, ids);
        }));
    }

    static Blueprint sybQuiz(String name) {
        return new Blueprint(0, name, "SYB", List.of(
                new BlueprintLine(QuestionType.SINGLE_CHOICE, null, 1, 5, 4, 5),
                new BlueprintLine(QuestionType.TRUE_FALSE, null, 1, 5, 2, 5),
                new BlueprintLine(QuestionType.MULTIPLE_CHOICE, null, 1, 5, 2, 5)));
    }

    <T> T in(Caller caller, Supplier<T> work) {
        return as(caller, () -> TenantContext.call(tenant, work));
    }
}
