package cn.kaichuang.app.demo;

import cn.kaichuang.app.demo.DemoPeople.Person;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewLecturer;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.followup.OutcomeKpis;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.NewAccount;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.ConsoleSnapshots;
import cn.kaichuang.supervision.StatisticsSnapshots;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the demo into the database through the core's services, as an operator and staff
 * would. Every step looks before it writes, so a seed that was interrupted is completed on
 * the next start and a complete one is left alone. A bean even when seeding at start-up is
 * off ({@link DemoDataRunner}), so tests and tools can run it.
 */
@Component
public class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final TenantProvisioning provisioning;
    private final TenantDirectory tenants;
    private final Lecturers lecturers;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final LocalAccounts accounts;
    private final StatisticsSnapshots statistics;
    private final DemoLifecycle lifecycle;
    private final ConsoleSnapshots console;
    private final DemoDevelopment development;
    private final TransactionTemplate transaction;
    private final DemoCourseware courseware;
    private final DemoReviews reviews;
    private final DemoExams exams;
    private final DemoOutreach outreach;
    private final DemoFollowup followup;
    private final OutcomeKpis outcomes;
    private final DemoTeaching teaching;
    private final Clock clock;
    private final DemoCare care;

    DemoSeeder(TenantProvisioning provisioning, TenantDirectory tenants, Lecturers lecturers, Cohorts cohorts,
            Trainees trainees, LocalAccounts accounts, StatisticsSnapshots statistics, DemoLifecycle lifecycle,
            ConsoleSnapshots console, DemoDevelopment development, DemoCourseware courseware, DemoReviews reviews,
            DemoExams exams, DemoOutreach outreach, DemoFollowup followup, OutcomeKpis outcomes,
            DemoTeaching teaching, DemoCare care, PlatformTransactionManager transactionManager, Optional<Clock> clock) {
        this.reviews = reviews;
        this.exams = exams;
        this.outreach = outreach;
        this.followup = followup;
        this.outcomes = outcomes;
        this.teaching = teaching;
        this.care = care;
        this.lifecycle = lifecycle;
        this.development = development;
        this.provisioning = provisioning;
        this.tenants = tenants;
        this.lecturers = lecturers;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.accounts = accounts;
        this.statistics = statistics;
        this.console = console;
        this.transaction = new TransactionTemplate(transactionManager);
        this.courseware = courseware;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * Seeds when the platform is empty, or holds only an unfinished demo (its last step, the
     * accounts, is missing). A platform with real institutions is never touched.
     */
    public boolean needed() {
        List<Tenant> registered = tenants.all();
        if (registered.isEmpty()) {
            return true;
        }
        boolean onlyDemo = registered.stream().allMatch(tenant -> DemoData.isDemoInstitution(tenant.code()));
        return onlyDemo && DemoAccounts.ALL.stream().anyMatch(a -> accounts.findByUsername(a.username()).isEmpty());
    }

    public void seed() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        for (DemoInstitution institution : DemoData.INSTITUTIONS) {
            if (tenants.find(institution.code()).isEmpty()) {
                provisioning.create(institution.code(), institution.name(), institution.regionCode());
            }
            TenantContext.run(institution.code(), () -> transaction.executeWithoutResult(status ->
                    seedInstitution(institution, today)));
            TenantContext.run(institution.code(), () -> lifecycle.drive(institution));
        }
        development.seed(today);
        reviews.seed();
        TenantContext.run(DemoData.first().code(), exams::seed);
        followup.seed();
        // Before the accounts, the step that marks the demo complete: an interrupted seed redoes it.
        if (courseware.possible()) {
            courseware.seed();
            teaching.seed();
        }
        outreach.seed();
        care.seed();
        seedAccounts();
        statistics.refreshAll();
        // The dashboard has figures at once instead of after the job's next five-minute mark.
        console.refresh();
        outcomes.refresh();
        log.info("Demo data seeded in {} ms: {} institutions; log in as {} with password {}",
                (System.nanoTime() - started) / 1_000_000, DemoData.INSTITUTIONS.size(),
                DemoAccounts.ALL.stream().map(DemoAccounts.DemoAccount::username).collect(Collectors.joining(", ")),
                DemoAccounts.PASSWORD);
    }

    private void seedInstitution(DemoInstitution institution, LocalDate today) {
        boolean first = institution.equals(DemoData.first());
        Map<String, LecturerId> lecturerIds = lecturers.all().stream()
                .collect(Collectors.toMap(LecturerView::name, LecturerView::id, (a, b) -> a));
        List<LecturerId> lead = new ArrayList<>();
        for (int i = 0; i < institution.lecturers().size(); i++) {
            DemoInstitution.Lecturer l = institution.lecturers().get(i);
            String username = first && i == 0 ? DemoAccounts.of(Role.LECTURER).username() : null;
            lead.add(lecturerIds.computeIfAbsent(l.name(), name -> lecturers.register(
                    new NewLecturer(name, l.phone(), l.qualificationNo(), l.courseTypes(), username))));
        }
        Map<String, CohortId> cohortIds = cohorts.all().stream()
                .collect(Collectors.toMap(CohortView::name, CohortView::id, (a, b) -> a));
        List<CohortId> created = new ArrayList<>();
        for (DemoInstitution.Cohort c : institution.cohorts()) {
            LocalDate start = today.plusDays(c.startOffsetDays());
            created.add(cohortIds.computeIfAbsent(c.name(), name -> cohorts.create(new NewCohort(name, c.courseType(),
                    start, start.plusDays(c.lengthDays() - 1L), c.venue(), DemoData.CAPACITY, lead.get(c.lead())))));
        }
        List<Person> people = DemoPeople.of(institution, DemoData.TRAINEES_PER_INSTITUTION);
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            String username = first && i == 0 ? DemoAccounts.of(Role.TRAINEE).username()
                    : DemoReviews.planWriter(institution, i);
            TraineeId trainee = trainees.findByIdCard(person.idCard()).map(TraineeView::id).orElseGet(() ->
                    trainees.register(new NewTrainee(person.name(), person.idCard(), person.phone(), username)));
            // Trainees 1-15 in the first cohort, 16-25 in the second; the first trainee in both,
            // so the trainee demo account has more than one card. Further cohorts name their own.
            if (i < 15) {
                cohorts.enrol(created.get(0), trainee);
            }
            if (i >= 15 || i == 0) {
                cohorts.enrol(created.get(1), trainee);
            }
            for (int c = 2; c < institution.cohorts().size(); c++) {
                DemoInstitution.Cohort cohort = institution.cohorts().get(c);
                if (i >= cohort.firstTrainee() && i < cohort.lastTrainee()) {
                    cohorts.enrol(created.get(c), trainee);
                }
            }
        }
    }

    private void seedAccounts() {
        DemoInstitution first = DemoData.first();
        Map<String, String> linkedNames = linkedNames(first.code());
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            if (accounts.findByUsername(account.username()).isPresent()) {
                continue;
            }
            TenantCode tenant = account.role().boundToInstitution() ? first.code() : null;
            String displayName = account.displayName() != null ? account.displayName()
                    : linkedNames.getOrDefault(account.username(), account.username());
            accounts.create(new NewAccount(account.username(), displayName, DemoAccounts.PASSWORD, account.role(),
                    tenant, account.regionCode()));
        }
    }

    /** Names of the lecturer and trainee records that demo accounts are linked to by username. */
    private Map<String, String> linkedNames(TenantCode tenant) {
        return TenantContext.call(tenant, () -> {
            Map<String, String> names = new HashMap<>();
            lecturers.all().forEach(l -> {
                if (l.username() != null) {
                    names.put(l.username(), l.name());
                }
            });
            String trainee = DemoAccounts.of(Role.TRAINEE).username();
            trainees.findByUsername(trainee).ifPresent(t -> names.put(trainee, t.name()));
            return names;
        });
    }
}
