package cn.kaichuang.submission;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.storage.ObjectStore;
import cn.kaichuang.storage.TenantBuckets;
import cn.kaichuang.storage.testsupport.TestS3Server;
import cn.kaichuang.submission.PlanContent.Asset;
import cn.kaichuang.submission.PlanContent.FixedAssets;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.Tenants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Plans against real PostgreSQL and the in-process S3 server. */
@PlatformTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = {"kaichuang.submission.max-document-size=64KB",
        "kaichuang.submission.max-image-size=16KB"})
class SubmissionsTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger(500);

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
        registry.add("kaichuang.storage.bucket-prefix",
                () -> "sb" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)) + "-");
    }

    private final Submissions submissions;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final ObjectStore store;
    private final TenantBuckets buckets;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final TenantCode tenant;
    private final TenantCode otherTenant;
    private final Caller admin;

    @Autowired
    SubmissionsTest(Submissions submissions, Cohorts cohorts, Trainees trainees, Lecturers lecturers,
            ObjectStore store, TenantBuckets buckets, JdbcClient jdbc, MutableClock clock,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.submissions = submissions;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.store = store;
        this.buckets = buckets;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenant = Tenants.ensure(provisioning, directory, "plans");
        this.otherTenant = Tenants.ensure(provisioning, directory, "plans-other");
        this.admin = caller("plans-admin", Role.INSTITUTION_ADMIN, "plans", null);
    }

    @Test
    void everySaveIsAVersionRestoreCopiesAndSubmitFreezes() {
        Roster roster = roster(CourseType.SYB, 1);
        Caller trainee = roster.trainee(0);
        PlanContent first = PlanTotalsTest.bakery();
        PlanContent second = withAssets(first, new Asset("收银机", BigDecimal.ONE, new BigDecimal("1500")));

        assertThat(inTenant(trainee, () -> submissions.mine(roster.cohort())).status())
                .isEqualTo(SubmissionStatus.NOT_STARTED);
        assertThat(inTenant(trainee, () -> submissions.save(roster.cohort(), first))).isEqualTo(1);
        assertThat(inTenant(trainee, () -> submissions.save(roster.cohort(), second))).isEqualTo(2);
        assertThat(inTenant(trainee, () -> submissions.save(roster.cohort(), second))).as("unchanged").isEqualTo(2);

        MyPlan plan = inTenant(trainee, () -> submissions.mine(roster.cohort()));
        assertThat(plan.type()).isEqualTo(PlanType.SYB_PLAN);
        assertThat(plan.latestVersion()).isEqualTo(2);
        assertThat(plan.totals().fixedAssets()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(plan.content()).isEqualTo(second);

        assertThat(inTenant(trainee, () -> submissions.restore(roster.cohort(), 1))).isEqualTo(3);
        assertThat(inTenant(trainee, () -> submissions.mine(roster.cohort())).content()).isEqualTo(first);
        assertThat(inTenant(trainee, () -> submissions.versions(roster.cohort())))
                .extracting(PlanVersion::number, PlanVersion::restoredFrom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 1), org.assertj.core.groups.Tuple.tuple(2, null),
                        org.assertj.core.groups.Tuple.tuple(1, null));

        assertThat(inTenant(trainee, () -> submissions.submit(roster.cohort()))).isEqualTo(3);
        inTenant(trainee, () -> submissions.save(roster.cohort(), second));
        SubmittedPlan submitted = inTenant(admin, () -> submissions.submitted(roster.cohort())).getFirst();
        assertThat(submitted.version()).as("later drafts leave the submission alone").isEqualTo(3);
        assertThat(submitted.content()).isEqualTo(first);
        assertThat(submitted.totals().startupCapital()).isEqualTo(new BigDecimal("34801.75"));
        assertThat(inTenant(trainee, () -> submissions.submit(roster.cohort()))).as("resubmitted").isEqualTo(4);
        assertThat(inTenant(admin, () -> submissions.read(submitted.id())).orElseThrow().version()).isEqualTo(4);

        assertThat(inTenant(admin, () -> submissions.overview(roster.cohort())))
                .extracting(SubmissionRow::status, SubmissionRow::versions, SubmissionRow::submittedVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SubmissionStatus.SUBMITTED, 4, 4));
        byte[] pdf = inTenant(roster.lecturerCaller(), () -> submissions.pdf(submitted.id())).orElseThrow();
        assertThat(text(pdf)).contains("SYB 创业计划书", "岳麓面包坊", "启动资金总额", "收银机", "19500.75");
        assertThat(actions(2)).containsExactly("submission.submitted", "submission.saved");
    }

    @Test
    void afterTheDeadlineNothingChangesUntilTheReviewerReturnsThePlan() {
        Roster roster = roster(CourseType.GYB, 1);
        Caller trainee = roster.trainee(0);
        PlanContent plan = PlanTotalsTest.bakery();
        inTenant(roster.lecturerCaller(), () -> submissions.setDeadline(roster.cohort(),
                clock.instant().plus(Duration.ofHours(1))));
        inTenant(trainee, () -> submissions.save(roster.cohort(), plan));
        inTenant(trainee, () -> submissions.submit(roster.cohort()));
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.save(roster.cohort(), PlanContent.empty())))
                .isInstanceOf(SubmissionException.class).hasMessage("submission.error.deadline-passed");
        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.submit(roster.cohort())))
                .hasMessage("submission.error.deadline-passed");
        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.attach(roster.cohort(), "a.pdf",
                new ByteArrayInputStream(pdf())))).hasMessage("submission.error.deadline-passed");
        MyPlan after = inTenant(trainee, () -> submissions.mine(roster.cohort()));
        assertThat(after.latestVersion()).isEqualTo(1);
        assertThat(after.open()).isFalse();
        assertThat(after.attachments()).isEmpty();
        assertThat(after.type()).isEqualTo(PlanType.IDEA_BOOK);

        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.returnForRevision(after.id(), "请补充")))
                .isInstanceOf(AccessRefusedException.class);
        inTenant(roster.lecturerCaller(), () -> submissions.returnForRevision(after.id(), "请补充竞争对手分析"));
        MyPlan returned = inTenant(trainee, () -> submissions.mine(roster.cohort()));
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.returnedReason()).isEqualTo("请补充竞争对手分析");
        assertThat(inTenant(trainee, () -> submissions.save(roster.cohort(), withAssets(plan,
                new Asset("货架", BigDecimal.ONE, BigDecimal.TEN))))).isEqualTo(2);
        assertThat(inTenant(trainee, () -> submissions.submit(roster.cohort()))).isEqualTo(2);
        clock.advance(Duration.ofDays(-1));
    }

    @Test
    void attachmentsAreSniffedHashedAndLimitedAndARefusalStoresNothing() throws Exception {
        Roster roster = roster(CourseType.SYB, 1);
        Caller trainee = roster.trainee(0);
        byte[] pdf = pdf();
        Attachment stored = inTenant(trainee, () -> submissions.attach(roster.cohort(), "C:\\计划\\市场调查.pdf",
                new ByteArrayInputStream(pdf)));
        assertThat(stored.fileName()).isEqualTo("市场调查.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sha256Hex()).isEqualTo(sha256(pdf));
        String bucket = buckets.bucketFor("plans");
        List<String> before = store.list(bucket, "submissions/");

        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.attach(roster.cohort(), "plan.pdf",
                new ByteArrayInputStream("not a pdf at all".getBytes(StandardCharsets.UTF_8)))))
                .hasMessage("submission.error.attachment-type");
        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.attach(roster.cohort(), "big.pdf",
                new ByteArrayInputStream(padded(pdf, 65 * 1024))))).hasMessage("submission.error.attachment-too-large")
                .extracting(e -> ((SubmissionException) e).arguments()).isEqualTo(List.of("64 KB"));
        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.attach(roster.cohort(), "empty.pdf",
                new ByteArrayInputStream(new byte[0])))).hasMessage("submission.error.attachment-empty");

        assertThat(store.list(bucket, "submissions/")).isEqualTo(before);
        assertThat(inTenant(trainee, () -> submissions.mine(roster.cohort())).attachments())
                .containsExactly(stored);
        assertThat(inTenant(trainee, () -> { submissions.removeAttachment(roster.cohort(), stored.id()); return 0; }))
                .isZero();
        assertThat(store.list(bucket, "submissions/")).hasSize(before.size() - 1);
    }

    @Test
    void badInputChangesNothing() {
        Roster roster = roster(CourseType.SYB, 1);
        Caller trainee = roster.trainee(0);
        PlanContent negative = withAssets(PlanContent.empty(), new Asset("烤箱", BigDecimal.ONE, new BigDecimal("-5")));
        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.save(roster.cohort(), negative)))
                .hasMessage("submission.error.amount");
        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.submit(roster.cohort())))
                .hasMessage("submission.error.nothing-to-submit");
        inTenant(trainee, () -> submissions.save(roster.cohort(), PlanContent.empty()));
        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.submit(roster.cohort())))
                .hasMessage("submission.error.required");
        MyPlan plan = inTenant(trainee, () -> submissions.mine(roster.cohort()));
        assertThat(plan.latestVersion()).isEqualTo(1);
        assertThat(plan.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThatThrownBy(() -> inTenant(trainee, () -> submissions.restore(roster.cohort(), 7)))
                .hasMessage("submission.error.no-such-version");
    }

    @Test
    void anotherTraineesOrInstitutionsSubmissionIsNotFoundAndTheRefusalAudited() {
        Roster roster = roster(CourseType.SYB, 2);
        Roster elsewhere = roster(CourseType.SYB, 1);
        Caller mine = roster.trainee(0);
        Caller classmate = roster.trainee(1);
        inTenant(mine, () -> submissions.save(roster.cohort(), PlanTotalsTest.bakery()));
        inTenant(mine, () -> submissions.submit(roster.cohort()));
        SubmissionId id = inTenant(mine, () -> submissions.mine(roster.cohort())).id();

        assertThat(inTenant(classmate, () -> submissions.read(id))).isEmpty();
        assertThat(platformAudit(1)).containsExactly("access.refused submission plans/" + id.value());
        assertThat(inTenant(classmate, () -> submissions.pdf(id))).isEmpty();
        assertThat(inTenant(classmate, () -> submissions.submitted(roster.cohort()))).isEmpty();
        assertThat(inTenant(mine, () -> submissions.read(id))).isPresent();

        assertThat(inTenant(elsewhere.lecturerCaller(), () -> submissions.read(id))).isEmpty();
        assertThat(platformAudit(1)).containsExactly("access.refused cohort plans/" + roster.cohort().value());
        assertThat(inTenant(elsewhere.lecturerCaller(), () -> submissions.overview(roster.cohort()))).isEmpty();
        assertThatThrownBy(() -> inTenant(elsewhere.trainee(0), () -> submissions.save(roster.cohort(),
                PlanContent.empty()))).hasMessage("submission.error.cohort-not-found");

        Caller otherAdmin = caller("plans-other-admin", Role.INSTITUTION_ADMIN, "plans-other", null);
        assertThat(as(otherAdmin, () -> TenantContext.call(otherTenant, () -> submissions.read(id)))).isEmpty();
        assertThat(as(otherAdmin, () -> TenantContext.call(tenant, () -> submissions.read(id)))).isEmpty();
        assertThat(platformAudit(1)).containsExactly("access.refused submission plans/*");
    }

    private static PlanContent withAssets(PlanContent plan, Asset asset) {
        return new PlanContent(plan.overview(), plan.founder(), plan.market(), plan.marketing(), plan.organisation(),
                new FixedAssets(List.of(asset)), plan.workingCapital(), plan.salesForecast(), plan.salesAndCosts(),
                plan.cashFlow());
    }

    private record Roster(CohortId cohort, List<String> traineeUsernames, String lecturerUsername) {

        Caller trainee(int index) {
            return caller(traineeUsernames.get(index), Role.TRAINEE, "plans", null);
        }

        Caller lecturerCaller() {
            return caller(lecturerUsername, Role.LECTURER, "plans", null);
        }
    }

    private Roster roster(CourseType type, int size) {
        String lecturerUsername = "plans-lecturer-" + PEOPLE.incrementAndGet();
        return TenantContext.call(tenant, () -> {
            LecturerId lead = lecturers.register(new NewLecturer("讲师" + PEOPLE.get(), null, "PL-" + PEOPLE.get(),
                    Set.of(type), lecturerUsername));
            CohortId cohort = cohorts.create(new NewCohort("第" + PEOPLE.incrementAndGet() + "期", type,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13),
                    new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94), 30, lead));
            List<String> usernames = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                String username = "plans-trainee-" + PEOPLE.incrementAndGet();
                String first17 = "43010219900316%03d".formatted(PEOPLE.get() % 1000);
                TraineeId trainee = trainees.register(new NewTrainee("学员" + PEOPLE.get(),
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, username));
                cohorts.enrol(cohort, trainee);
                usernames.add(username);
            }
            return new Roster(cohort, usernames, lecturerUsername);
        });
    }

    private List<String> actions(int last) {
        String schema = jdbc.sql("select schema_name from platform.tenant where code = ?").param(tenant.value())
                .query(String.class).single();
        return jdbc.sql("select action from " + schema + ".audit_entry order by seq desc limit ?")
                .param(last).query(String.class).list();
    }

    private List<String> platformAudit(int last) {
        return jdbc.sql("select action || ' ' || subject_type || ' ' || subject_id from platform.audit_entry"
                + " order by seq desc limit ?").param(last).query(String.class).list();
    }

    private <T> T inTenant(Caller caller, Supplier<T> work) {
        return as(caller, () -> TenantContext.call(tenant, work::get));
    }

    private void inTenant(Caller caller, Runnable work) {
        inTenant(caller, () -> {
            work.run();
            return null;
        });
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] padded(byte[] pdf, int size) {
        byte[] big = java.util.Arrays.copyOf(pdf, size);
        java.util.Arrays.fill(big, pdf.length, size, (byte) ' ');
        return big;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
