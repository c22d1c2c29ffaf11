package cn.kaichuang.certificate;

import static cn.kaichuang.certificate.CallerScope.as;
import static cn.kaichuang.certificate.CallerScope.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.attendance.AttendanceRecords;
import cn.kaichuang.attendance.CohortAttendance;
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
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.SessionRows;
import cn.kaichuang.testsupport.Tenants;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class CertificatesTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger(100);

    private final Certificates certificates;
    private final CompletionRules rules;
    private final AttendanceRecords attendance;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final Caller admin;

    @Autowired
    CertificatesTest(Certificates certificates, CompletionRules rules, AttendanceRecords attendance, Cohorts cohorts, Trainees trainees, Lecturers lecturers, JdbcClient jdbc,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.certificates = certificates;
        this.rules = rules;
        this.attendance = attendance;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.lecturers = lecturers;
        this.jdbc = jdbc;
        this.tenant = Tenants.ensure(provisioning, directory, "certs");
        this.admin = person("certs-admin", Role.INSTITUTION_ADMIN, "certs", null);
    }

    @Test
    void aTraineeWithoutRecordsNeedsAnAuditedOverrideBeforeACertificate() {
        Roster roster = roster(CourseType.SYB, "欧阳明", "张三");
        TraineeId first = roster.trainees().getFirst();
        inTenant(admin, () -> {
            assertThat(certificates.eligibility(roster.cohort())).allSatisfy(e -> assertThat(e.eligible()).isFalse());
            assertThatThrownBy(() -> certificates.issue(roster.cohort(), first))
                    .isInstanceOf(CertificateException.class).hasMessage("certificate.error.not-eligible");
            assertThatThrownBy(() -> certificates.overrideCompletion(roster.cohort(), first, "  "))
                    .hasMessage("certificate.error.reason");

            certificates.overrideCompletion(roster.cohort(), first, "补考合格，纸质考勤已核验");
            Certificate issued = certificates.issue(roster.cohort(), first);

            assertThat(issued.serial()).matches("43-\\d{4}-SYB-\\d{6}");
            assertThat(issued.traineeName()).isEqualTo("欧阳明");
            assertThat(issued.issuedBy()).isEqualTo("certs-admin");
            assertThatThrownBy(() -> certificates.issue(roster.cohort(), first))
                    .hasMessage("certificate.error.already-issued");
        });
        List<String> actions = jdbc.sql("select action from platform.audit_entry order by seq desc limit 2").query(String.class).list();
        assertThat(actions).containsExactly("certificate.created", "certificate.completion-overridden");
    }

    @Test
    void issueAllGivesCertificatesOnlyToTheEligibleAndSerialsAreUnique() {
        Roster roster = roster(CourseType.GYB, "甲一", "乙二", "丙三");
        inTenant(admin, () -> {
            certificates.overrideCompletion(roster.cohort(), roster.trainees().get(0), "考核合格");
            certificates.overrideCompletion(roster.cohort(), roster.trainees().get(2), "考核合格");
            IssueSummary first = certificates.issueAllEligible(roster.cohort());
            assertThat(first.issued()).extracting(Certificate::traineeName).containsExactly("甲一", "丙三");
            assertThat(first.issued()).extracting(Certificate::serial).doesNotHaveDuplicates();
            assertThat(first.notEligible()).isEqualTo(1);
            IssueSummary again = certificates.issueAllEligible(roster.cohort());
            assertThat(again.issued()).isEmpty();
            assertThat(again.alreadyHolding()).isEqualTo(2);
            assertThat(certificates.ofCohort(roster.cohort())).hasSize(2);
        });
    }

    @Test
    void thePublicPageShowsMaskedDataAndRevocation() {
        Certificate issued = issuedCertificate("司马相如");
        PublicCertificate shown = certificates.verify(issued.serial()).orElseThrow();
        assertThat(shown.maskedName()).isEqualTo("司**如");
        assertThat(shown.maskedIdCard()).contains("********").doesNotContain(issued.idCard().value());
        assertThat(shown.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.verify("43-2026-SYB-999999")).isEmpty();
        assertThat(certificates.verify("' or 1=1 --")).isEmpty();

        Caller province = person("province", Role.PROVINCE_ADMIN, null, null);
        as(province, () -> certificates.revoke(issued.serial(), RevocationCategory.FRAUD,
                "发现代签到，证书作废"));
        PublicCertificate revoked = certificates.verify(issued.serial()).orElseThrow();
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revokeCategory()).isEqualTo(RevocationCategory.FRAUD);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(revoked.toString()).doesNotContain("代签到");
        assertThatThrownBy(() -> as(province, () -> certificates.revoke(issued.serial(),
                RevocationCategory.OTHER, "again")))
                .hasMessage("certificate.error.already-revoked");
        inTenant(admin, () -> assertThat(certificates.issue(issued.cohort(), issued.trainee()).serial())
                .isNotEqualTo(issued.serial()));
    }

    @Test
    void theIdNumberIsStoredEncryptedInTheRegistry() {
        Certificate issued = issuedCertificate("李四");
        String raw = jdbc.sql("select id_card from platform.certificate where serial = ?").param(issued.serial())
                .query(String.class).single();
        assertThat(raw).startsWith("k1:").doesNotContain(issued.idCard().value());
        assertThat(as(admin, () -> certificates.ofPerson(issued.idCard()))).extracting(Certificate::serial)
                .contains(issued.serial());
    }

    @Test
    void thePdfNamesTheTraineeAndItsQrCodeOpensTheVerificationPage() throws Exception {
        Certificate issued = issuedCertificate("欧阳明");
        byte[] pdf = as(admin, () -> certificates.pdf(issued.serial()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("创业培训合格证书", "欧阳明", issued.serial(), "创办你的企业SYB", issued.idCard().value());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
            assertThat(scanned).isEqualTo("http://localhost:8080/verify/" + issued.serial());
        }
    }

    @Test
    void othersCannotIssueOrSeeAnInstitutionsCertificates() {
        Certificate issued = issuedCertificate("王五");
        Caller otherAdmin = person("other-admin", Role.INSTITUTION_ADMIN, "somewhere-else", null);
        Caller trainee = person("trainee", Role.TRAINEE, "certs", null);
        Caller xiangtan = person("xiangtan", Role.PREFECTURE_ADMIN, null, "430300");
        Caller changsha = person("changsha", Role.PREFECTURE_ADMIN, null, "430100");

        assertThatThrownBy(() -> inTenant(otherAdmin, () -> certificates.issue(issued.cohort(), issued.trainee())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> inTenant(trainee, () -> certificates.issueAllEligible(issued.cohort())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(xiangtan, () -> certificates.revoke(issued.serial(),
                RevocationCategory.OTHER, "不属于本市")))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as(otherAdmin, () -> certificates.find(issued.serial()))).isEmpty();
        assertThat(as(xiangtan, () -> certificates.find(issued.serial()))).isEmpty();
        assertThat(as(xiangtan, () -> certificates.ofPerson(issued.idCard()))).isEmpty();
        assertThat(as(changsha, () -> certificates.find(issued.serial()))).isPresent();
        assertThatThrownBy(() -> as(otherAdmin, () -> certificates.pdf(issued.serial())))
                .hasMessage("certificate.error.not-found");
        assertThat(certificates.verify(issued.serial())).isPresent();
    }

    @Test
    void anotherCohortsTraineeIsNotEnrolled() {
        Roster one = roster(CourseType.SYB, "赵六");
        Roster two = roster(CourseType.SYB, "钱七");
        assertThatThrownBy(() -> inTenant(admin, () -> certificates.overrideCompletion(one.cohort(),
                two.trainees().getFirst(), "考核合格"))).hasMessage("certificate.error.not-enrolled");
        assertThatThrownBy(() -> inTenant(admin, () -> certificates.eligibility(new CohortId(987654))))
                .hasMessage("certificate.error.cohort-not-found");
    }

    @Test
    void certificatesWaitUntilTheCohortCompletedAndStopOnceItIsArchived() {
        Roster roster = draftRoster(CourseType.SYB, "周八", "吴九");
        TraineeId first = roster.trainees().getFirst();
        inTenant(admin, () -> certificates.overrideCompletion(roster.cohort(), first, "考核合格"));
        for (String status : List.of("DRAFT", "RUNNING")) {
            status(roster.cohort(), status);
            assertThatThrownBy(() -> inTenant(admin, () -> certificates.issue(roster.cohort(), first)))
                    .hasMessage("certificate.error.cohort-not-completed");
            assertThatThrownBy(() -> inTenant(admin, () -> certificates.issueAllEligible(roster.cohort())))
                    .hasMessage("certificate.error.cohort-not-completed");
        }
        status(roster.cohort(), "ARCHIVED");
        assertThatThrownBy(() -> inTenant(admin, () -> certificates.issueAllEligible(roster.cohort())))
                .hasMessage("certificate.error.cohort-archived");
        assertThat(inTenant(admin, () -> certificates.ofCohort(roster.cohort()))).isEmpty();

        status(roster.cohort(), "COMPLETED");
        assertThat(inTenant(admin, () -> certificates.issueAllEligible(roster.cohort())).issued()).hasSize(1);
    }

    @Test
    void recordedAttendanceAndResultsMakeTraineesEligibleWithoutAnOverride() {
        Roster roster = roster(CourseType.GYB, "郑十", "冯十一", "陈十二");
        TraineeId often = roster.trainees().get(0);
        TraineeId seldom = roster.trainees().get(1);
        TraineeId failed = roster.trainees().get(2);
        List<Long> sessions = sessions(roster.cohort(), 5);
        attend(sessions.subList(0, 4), often);
        attend(sessions.subList(0, 3), seldom);
        attend(sessions, failed);
        result(roster.cohort(), often, "EXAM", true);
        result(roster.cohort(), seldom, "EXAM", true);
        result(roster.cohort(), failed, "EXAM", false);

        inTenant(admin, () -> {
            assertThat(certificates.eligibility(roster.cohort())).extracting(Eligibility::unmet).containsExactly(
                    List.of(), List.of("certificate.unmet.attendance"), List.of("certificate.unmet.exam"));
            IssueSummary summary = certificates.issueAllEligible(roster.cohort());
            assertThat(summary.issued()).extracting(Certificate::trainee).containsExactly(often);
            assertThat(summary.notEligible()).isEqualTo(2);
            CohortAttendance attendance = this.attendance.ofCohort(roster.cohort()).orElseThrow();
            assertThat(attendance.sessionsHeld()).isEqualTo(5);
            assertThat(attendance.ratePercent()).hasValue(80);
            assertThat(attendance.below(80)).containsExactly(seldom);
        });
    }

    @Test
    void theProvinceChangesARuleTheNextCheckAppliesItAndTheHistoryNamesWhoChangedIt() {
        Roster roster = roster(CourseType.EYB, "褚十三");
        TraineeId trainee = roster.trainees().getFirst();
        List<Long> sessions = sessions(roster.cohort(), 10);
        attend(sessions.subList(0, 6), trainee);
        result(roster.cohort(), trainee, "EXAM", true);
        result(roster.cohort(), trainee, "PLAN", true);
        Caller province = person("province-rules", Role.PROVINCE_ADMIN, null, null);
        assertThat(inTenant(admin, () -> certificates.eligibility(roster.cohort())).getFirst().eligible()).isFalse();
        try {
            assertThatThrownBy(() -> as(admin, () -> rules.change(CourseType.EYB, 60, true, true)))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> as(province, () -> rules.change(CourseType.EYB, 101, true, true)))
                    .hasMessage("certificate.error.rule-percent");
            assertThat(rules.of(CourseType.EYB).minAttendancePercent()).isEqualTo(80);

            as(province, () -> rules.change(CourseType.EYB, 60, true, true));

            assertThat(inTenant(admin, () -> certificates.eligibility(roster.cohort())).getFirst().eligible()).isTrue();
            assertThat(rules.history(5).getFirst()).satisfies(change -> {
                assertThat(change.rule()).isEqualTo(new CompletionRule(CourseType.EYB, 60, true, true));
                assertThat(change.changedBy()).isEqualTo("province-rules");
            });
            assertThat(jdbc.sql("select action from platform.audit_entry order by seq desc limit 1").query(String.class)
                    .single()).isEqualTo("certificate.rule-changed");
        } finally {
            as(province, () -> rules.change(CourseType.EYB, 80, true, true));
        }
        assertThat(rules.of(CourseType.EYB)).isEqualTo(CompletionRule.defaultFor(CourseType.EYB));
    }

    @Test
    void aCohortsCertificatesDownloadAsOneZip() throws Exception {
        Roster roster = roster(CourseType.GYB, "卫十四", "蒋十五");
        byte[] zip = inTenant(admin, () -> {
            roster.trainees().forEach(t -> certificates.overrideCompletion(roster.cohort(), t, "考核合格"));
            certificates.issueAllEligible(roster.cohort());
            return certificates.pdfZip(roster.cohort());
        });
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(in.readAllBytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(2).allMatch(name -> name.matches("43-\\d{4}-GYB-\\d{6}-.+\\.pdf"));
    }

    @Test
    void anotherInstitutionsAdminGetsNoAttendanceAndTheAttemptIsAudited() {
        Roster roster = roster(CourseType.GYB, "沈十六");
        attend(sessions(roster.cohort(), 1), roster.trainees().getFirst());
        Caller otherAdmin = person("attendance-intruder", Role.INSTITUTION_ADMIN, "somewhere-else", null);
        assertThat(inTenant(otherAdmin, () -> attendance.ofCohort(roster.cohort()))).isEmpty();
        assertThat(inTenant(otherAdmin, () -> attendance.overview())).isEmpty();
        assertThat(inTenant(admin, () -> attendance.ofCohort(roster.cohort()))).isPresent();
        assertThat(jdbc.sql("select count(*) from platform.audit_entry where actor = 'attendance-intruder'")
                .query(Long.class).single()).isPositive();
    }

    private List<Long> sessions(CohortId cohort, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> jdbc.sql(SessionRows.insert(tenant.schemaName(), "now() - make_interval(days => ?)"))
                .params(cohort.value(), count - i, count - i).query(Long.class).single()).toList();
    }

    private void attend(List<Long> sessions, TraineeId trainee) {
        sessions.forEach(session -> jdbc.sql("insert into " + tenant.schemaName()
                        + ".attendance_record (session_id, trainee_id, checked_in_at) values (?, ?, now())")
                .params(session, trainee.value()).update());
    }

    private void result(CohortId cohort, TraineeId trainee, String kind, boolean passed) {
        jdbc.sql("insert into " + tenant.schemaName() + ".assessment_result (cohort_id, trainee_id, kind, passed,"
                        + " recorded_at) values (?, ?, ?, ?, now())")
                .params(cohort.value(), trainee.value(), kind, passed).update();
    }

    Certificate issuedCertificate(String name) {
        Roster roster = roster(CourseType.SYB, name);
        return inTenant(admin, () -> {
            certificates.overrideCompletion(roster.cohort(), roster.trainees().getFirst(), "考核合格");
            return certificates.issue(roster.cohort(), roster.trainees().getFirst());
        });
    }

    private record Roster(CohortId cohort, List<TraineeId> trainees) {
    }

    /** A completed cohort, where certificates may be issued. */
    private Roster roster(CourseType type, String... names) {
        Roster roster = draftRoster(type, names);
        status(roster.cohort(), "COMPLETED");
        return roster;
    }

    /** The lifecycle's transitions are another feature's; tests set the status directly. */
    private void status(CohortId cohort, String status) {
        jdbc.sql("update " + tenant.schemaName() + ".cohort set status = ? where id = ?").params(status, cohort.value())
                .update();
    }

    /** Set up as the platform itself (no login), like the demo seeder; a new cohort is a DRAFT. */
    private Roster draftRoster(CourseType type, String... names) {
        return TenantContext.call(tenant, () -> {
            LecturerId lecturer = lecturers.register(new NewLecturer("讲师" + PEOPLE.incrementAndGet(), null,
                    "TT-" + PEOPLE.get(), Set.of(type), null));
            CohortId cohort = cohorts.create(new NewCohort(type + " 第" + PEOPLE.incrementAndGet() + "期", type,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13), new Venue("长沙市芙蓉区五一大道 1 号", 28.19, 112.98),
                    30, lecturer));
            List<TraineeId> ids = Arrays.stream(names).map(name -> {
                String first17 = "43010219900315%03d".formatted(PEOPLE.incrementAndGet() % 1000);
                TraineeId id = trainees.register(new NewTrainee(name,
                        IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, null));
                cohorts.enrol(cohort, id);
                return id;
            }).toList();
            return new Roster(cohort, ids);
        });
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
}
