package cn.kaichuang.certificate;

import static cn.kaichuang.certificate.CallerScope.as;
import static cn.kaichuang.certificate.CallerScope.person;
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
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
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
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final Lecturers lecturers;
    private final JdbcClient jdbc;
    private final TenantCode tenant;
    private final Caller admin;

    @Autowired
    CertificatesTest(Certificates certificates, Cohorts cohorts, Trainees trainees, Lecturers lecturers, JdbcClient jdbc,
            TenantProvisioning provisioning, TenantDirectory directory) {
        this.certificates = certificates;
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
            List<Certificate> issued = certificates.issueAllEligible(roster.cohort());
            assertThat(issued).extracting(Certificate::traineeName).containsExactly("甲一", "丙三");
            assertThat(issued).extracting(Certificate::serial).doesNotHaveDuplicates();
            assertThat(certificates.issueAllEligible(roster.cohort())).isEmpty();
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
        as(province, () -> certificates.revoke(issued.serial(), "发现代签到，证书作废"));
        PublicCertificate revoked = certificates.verify(issued.serial()).orElseThrow();
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revokeReason()).isEqualTo("发现代签到，证书作废");
        assertThatThrownBy(() -> as(province, () -> certificates.revoke(issued.serial(), "again")))
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
        assertThatThrownBy(() -> as(xiangtan, () -> certificates.revoke(issued.serial(), "不属于本市")))
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

    Certificate issuedCertificate(String name) {
        Roster roster = roster(CourseType.SYB, name);
        return inTenant(admin, () -> {
            certificates.overrideCompletion(roster.cohort(), roster.trainees().getFirst(), "考核合格");
            return certificates.issue(roster.cohort(), roster.trainees().getFirst());
        });
    }

    private record Roster(CohortId cohort, List<TraineeId> trainees) {
    }

    /** Set up as the platform itself (no login), like the demo seeder. */
    private Roster roster(CourseType type, String... names) {
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
