package cn.kaichuang.courseware;

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
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The catalogue against real PostgreSQL and the in-process S3 server, then its use in cohorts. */
@PlatformTest
@TestPropertySource(properties = {"kaichuang.courseware.max-document-size=64KB",
        "kaichuang.courseware.max-video-size=128KB", "kaichuang.storage.presign-expiry=2s"})
class CoursewareTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger(300);
    private static final Caller PROVINCE = caller("province", Role.PROVINCE_ADMIN, null, null);

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
        // A bucket of this context's own: other contexts in the JVM number their courseware from 1 too.
        registry.add("kaichuang.storage.bucket-prefix",
                () -> "cw" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)) + "-");
    }

    private final CoursewareCatalogue catalogue;
    private final CohortCourseware cohortCourseware;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final ObjectStore store;
    private final String bucket;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final TenantCode otherTenant;
    private final Caller admin;

    @Autowired
    CoursewareTest(CoursewareCatalogue catalogue, CohortCourseware cohortCourseware, Cohorts cohorts,
            Trainees trainees, Lecturers lecturers, ObjectStore store, TenantBuckets buckets, JdbcClient jdbc,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.catalogue = catalogue;
        this.cohortCourseware = cohortCourseware;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.store = store;
        this.bucket = buckets.platformBucket("courseware");
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "cware");
        this.otherTenant = Tenants.ensure(provisioning, directory, "cware-other");
        this.admin = caller("cware-admin", Role.INSTITUTION_ADMIN, "cware", null);
    }

    @Test
    void theProvinceUploadsVersionsPublishesAndOldVersionsStayDownloadable() throws Exception {
        CoursewareId id = as(PROVINCE, () -> catalogue.create(item("市场评估讲义", CourseType.SYB)));
        byte[] first = pdf(1);
        byte[] second = pdf(2);
        CoursewareVersion v1 = as(PROVINCE, () -> catalogue.upload(id, new ByteArrayInputStream(first),
                "C:\\讲义\\市场评估.pdf", "初版"));
        CoursewareVersion v2 = as(PROVINCE, () -> catalogue.upload(id, new ByteArrayInputStream(second),
                "市场评估.pdf", "补充案例"));

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v1.fileName()).isEqualTo("市场评估.pdf");
        assertThat(v1.contentType()).isEqualTo("application/pdf");
        assertThat(v1.size()).isEqualTo(first.length);
        assertThat(v1.sha256Hex()).isEqualTo(sha256(first));
        assertThat(store.stat(bucket, v2.objectKey()).orElseThrow().sha256Hex()).isEqualTo(sha256(second));

        CoursewareItem draft = as(PROVINCE, () -> catalogue.find(id)).orElseThrow();
        assertThat(draft.status()).isEqualTo(CoursewareStatus.DRAFT);
        assertThat(draft.latestVersion()).isEqualTo(2);
        Caller otherAdmin = caller("cware-admin", Role.INSTITUTION_ADMIN, "cware", null);
        assertThat(as(otherAdmin, () -> catalogue.find(id))).as("drafts are the province's").isEmpty();

        CoursewareItem published = as(PROVINCE, () -> catalogue.publish(id));
        assertThat(published.status()).isEqualTo(CoursewareStatus.PUBLISHED);
        assertThat(published.publishedVersion()).isEqualTo(2);
        assertThat(as(admin, () -> catalogue.search(new CoursewareQuery("市场", CourseType.SYB, null), 0, 50)))
                .extracting(CoursewareItem::id).contains(id);
        assertThat(as(admin, () -> catalogue.search(new CoursewareQuery("市场", CourseType.GYB, null), 0, 50)))
                .extracting(CoursewareItem::id).doesNotContain(id);

        URI old = as(admin, () -> catalogue.downloadUrl(id, 1));
        assertThat(fetch(old).body()).isEqualTo(first);
        assertThat(actions(3)).containsExactly("courseware.published", "access.refused",
                "courseware.version-uploaded");
    }

    @Test
    void aRenamedExecutableIsRefusedAndNothingIsStored() {
        CoursewareId id = as(PROVINCE, () -> catalogue.create(item("伪装文件", CourseType.GYB)));
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> as(PROVINCE, () -> catalogue.upload(id, new ByteArrayInputStream(exe), "课件.pdf", "")))
                .isInstanceOfSatisfying(CoursewareException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("courseware.error.type"));
        assertThat(as(PROVINCE, () -> catalogue.versions(id))).isEmpty();
        assertThat(objectsOf(id)).isEmpty();
        assertThatThrownBy(() -> as(PROVINCE, () -> catalogue.publish(id))).hasMessage("courseware.error.no-version");
    }

    @Test
    void anOversizedFileIsRefusedWithItsLimitAndLeavesNoObject() {
        CoursewareId id = as(PROVINCE, () -> catalogue.create(item("超大讲义", CourseType.SYB)));
        byte[] big = new byte[65 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        assertThatThrownBy(() -> as(PROVINCE, () -> catalogue.upload(id, new ByteArrayInputStream(big), "大.pdf", "")))
                .isInstanceOfSatisfying(CoursewareException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("courseware.error.too-large");
                    assertThat(e.argument()).isEqualTo("64 KB");
                });
        assertThat(objectsOf(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from platform.courseware_version where courseware_id = ?")
                .param(id.value()).query(Long.class).single()).isZero();
    }

    @Test
    void badEntriesAndNonCuratorsChangeNothing() {
        long before = jdbc.sql("select count(*) from platform.courseware").query(Long.class).single();
        assertThatThrownBy(() -> as(PROVINCE, () -> catalogue.create(
                new NewCourseware("  ", Set.of(CourseType.SYB), "模块", "", "")))).hasMessage("courseware.error.title");
        assertThatThrownBy(() -> as(PROVINCE, () -> catalogue.create(
                new NewCourseware("标题", Set.of(), "模块", "", "")))).hasMessage("courseware.error.course-types");
        assertThatThrownBy(() -> as(admin, () -> catalogue.create(item("机构自建", CourseType.SYB))))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(jdbc.sql("select count(*) from platform.courseware").query(Long.class).single()).isEqualTo(before);
        assertThat(actions(1)).containsExactly("access.refused");
    }

    @Test
    void anInstitutionPinsAVersionAndItsTraineesOpenItThroughExpiringLinks() throws Exception {
        byte[] first = pdf(1);
        byte[] second = pdf(2);
        CoursewareId id = publishedWithTwoVersions("融资渠道", first, second);
        Roster roster = roster("cware-trainee-" + PEOPLE.incrementAndGet());
        Caller trainee = caller(roster.traineeUsername(), Role.TRAINEE, "cware", null);
        Caller lecturer = caller(roster.lecturerUsername(), Role.LECTURER, "cware", null);

        inTenant(admin, () -> cohortCourseware.attach(roster.cohort(), id, null));
        CohortCoursewareEntry latest = inTenant(trainee, () -> cohortCourseware.of(roster.cohort())).getFirst();
        assertThat(latest.version()).isNotNull();
        assertThat(latest.version().number()).isEqualTo(2);

        inTenant(admin, () -> cohortCourseware.attach(roster.cohort(), id, 1));
        assertThat(inTenant(lecturer, () -> cohortCourseware.of(roster.cohort()))).singleElement()
                .satisfies(e -> assertThat(e.version().number()).isEqualTo(1));
        assertThat(TenantContext.call(tenant, () -> jdbc.sql(
                "select action from " + tenant.schemaName() + ".audit_entry order by seq desc limit 2")
                .query(String.class).list())).containsExactly("cohort-courseware.pinned", "cohort-courseware.attached");

        long signedAt = System.nanoTime();
        URI link = inTenant(trainee, () -> cohortCourseware.open(roster.cohort(), id));
        HttpResponse<byte[]> fresh = fetch(link);
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.body()).isEqualTo(first);
        // The signature has whole seconds: wait past the 2 s expiry plus one.
        Thread.sleep(Math.max(0, Duration.ofMillis(3_500).minusNanos(System.nanoTime() - signedAt).toMillis()));
        assertThat(fetch(link).statusCode()).isEqualTo(403);

        assertThatThrownBy(() -> inTenant(admin, () -> cohortCourseware.attach(roster.cohort(), id, 3)))
                .hasMessage("courseware.error.no-such-version");
        assertThatThrownBy(() -> inTenant(trainee, () -> cohortCourseware.attach(roster.cohort(), id, null)))
                .isInstanceOf(AccessRefusedException.class);

        as(PROVINCE, () -> catalogue.withdraw(id));
        assertThat(inTenant(trainee, () -> cohortCourseware.of(roster.cohort()))).isEmpty();
        assertThat(inTenant(admin, () -> cohortCourseware.of(roster.cohort()))).singleElement()
                .satisfies(e -> assertThat(e.openable()).isFalse());
        assertThatThrownBy(() -> inTenant(admin, () -> cohortCourseware.open(roster.cohort(), id)))
                .hasMessage("courseware.error.withdrawn");
    }

    @Test
    void anotherInstitutionsCohortOrAnotherCohortIsNotFoundAndTheRefusalAudited() {
        CoursewareId id = publishedWithTwoVersions("商业计划书", pdf(1), pdf(2));
        Roster mine = roster("cware-mine-" + PEOPLE.incrementAndGet());
        Roster notMine = roster("cware-not-mine-" + PEOPLE.incrementAndGet());
        inTenant(admin, () -> cohortCourseware.attach(notMine.cohort(), id, null));
        Caller trainee = caller(mine.traineeUsername(), Role.TRAINEE, "cware", null);

        assertThat(inTenant(trainee, () -> cohortCourseware.of(notMine.cohort()))).isEmpty();
        assertThatThrownBy(() -> inTenant(trainee, () -> cohortCourseware.open(notMine.cohort(), id)))
                .hasMessage("courseware.error.not-found");
        assertThat(platformAudit(1)).containsExactly("access.refused cohort cware/" + notMine.cohort().value());

        // A cohort id that exists only in the other institution's schema.
        CohortId foreign = TenantContext.call(otherTenant, () -> {
            LecturerId lead = lecturers.register(new NewLecturer("外机构讲师", null, "TT-X" + PEOPLE.incrementAndGet(),
                    Set.of(CourseType.SYB), null));
            CohortId last = null;
            for (int i = 0; i < 50; i++) {
                last = cohorts.create(cohort(lead));
            }
            return last;
        });
        assertThatThrownBy(() -> inTenant(admin, () -> cohortCourseware.attach(foreign, id, null)))
                .hasMessage("courseware.error.cohort-not-found");
        assertThat(inTenant(admin, () -> cohortCourseware.of(foreign))).isEmpty();
        Caller otherAdmin = caller("other-admin", Role.INSTITUTION_ADMIN, "cware-other", null);
        assertThat(inTenant(otherAdmin, () -> cohortCourseware.of(mine.cohort()))).isEmpty();
        assertThat(platformAudit(1)).containsExactly("access.refused cohort cware/*");
    }

    private CoursewareId publishedWithTwoVersions(String title, byte[] first, byte[] second) {
        return as(PROVINCE, () -> {
            CoursewareId id = catalogue.create(item(title, CourseType.SYB));
            catalogue.upload(id, new ByteArrayInputStream(first), title + ".pdf", "");
            catalogue.upload(id, new ByteArrayInputStream(second), title + ".pdf", "修订");
            catalogue.publish(id);
            return id;
        });
    }

    private record Roster(CohortId cohort, String traineeUsername, String lecturerUsername) {
    }

    /** A cohort led by a lecturer with one enrolled trainee, both with logins; set up as the platform. */
    private Roster roster(String traineeUsername) {
        String lecturerUsername = "cware-lecturer-" + PEOPLE.incrementAndGet();
        return TenantContext.call(tenant, () -> {
            LecturerId lead = lecturers.register(new NewLecturer("讲师" + PEOPLE.get(), null, "TT-" + PEOPLE.get(),
                    Set.of(CourseType.SYB), lecturerUsername));
            CohortId cohort = cohorts.create(cohort(lead));
            String first17 = "43010219900316%03d".formatted(PEOPLE.incrementAndGet() % 1000);
            TraineeId trainee = trainees.register(new NewTrainee("学员" + PEOPLE.get(),
                    IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, traineeUsername));
            cohorts.enrol(cohort, trainee);
            return new Roster(cohort, traineeUsername, lecturerUsername);
        });
    }

    private static NewCohort cohort(LecturerId lead) {
        return new NewCohort("SYB 第" + PEOPLE.incrementAndGet() + "期", CourseType.SYB, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 13), new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94), 30, lead);
    }

    private static NewCourseware item(String title, CourseType type) {
        return new NewCourseware(title, Set.of(type), "创业准备", "市场调查", "用于测试");
    }

    private List<String> objectsOf(CoursewareId id) {
        return store.bucketExists(bucket) ? store.list(bucket, "courseware/" + id.value() + "/") : List.of();
    }

    private List<String> actions(int last) {
        return jdbc.sql("select action from platform.audit_entry order by seq desc limit ?").param(last)
                .query(String.class).list();
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

    private static HttpResponse<byte[]> fetch(URI url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** A small valid PDF with {@code pages} pages, so two versions differ. */
    private static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
