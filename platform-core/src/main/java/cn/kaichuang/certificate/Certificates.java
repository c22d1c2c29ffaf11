package cn.kaichuang.certificate;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.certificate.internal.CertificateAccess;
import cn.kaichuang.certificate.internal.CertificatePdf;
import cn.kaichuang.certificate.internal.CertificateRegistry;
import cn.kaichuang.certificate.internal.CompletionOverrides;
import cn.kaichuang.certificate.internal.RegistryTransaction;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Issues, lists, verifies and revokes certificates. Cohort-scoped calls work in the current
 * institution's context; serial-scoped ones find the institution in the registry.
 */
@Service
public class Certificates {

    private final CertificateRegistry registry;
    private final CompletionOverrides overrides;
    private final CompletionCheck completion;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final CertificateAccess access;
    private final CertificatePdf pdf;
    private final RegistryTransaction transaction;
    private final Clock clock;

    Certificates(CertificateRegistry registry, CompletionOverrides overrides, CompletionCheck completion,
            Cohorts cohorts, Trainees trainees, TenantDirectory tenants, AuditTrail audit, CertificateAccess access,
            CertificatePdf pdf, RegistryTransaction transaction, Optional<Clock> clock) {
        this.registry = registry;
        this.overrides = overrides;
        this.completion = completion;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.tenants = tenants;
        this.audit = audit;
        this.access = access;
        this.pdf = pdf;
        this.transaction = transaction;
        this.clock = clock.orElse(Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    /** Every trainee of the cohort with what they have met, for the admin's certificate page. */
    public List<Eligibility> eligibility(CohortId cohortId) {
        TenantCode tenant = TenantContext.require();
        CohortView cohort = readableCohort(tenant, cohortId);
        Map<TraineeId, String> overridden = overrides.of(tenant, cohortId);
        Map<TraineeId, String> issued = registry.ofCohort(tenant, cohortId).stream()
                .filter(c -> c.status() == CertificateStatus.VALID)
                .collect(Collectors.toMap(Certificate::trainee, Certificate::serial));
        List<TraineeId> roster = cohorts.roster(cohortId);
        Map<TraineeId, List<String>> unmet = completion.unmet(cohort, roster);
        return roster.stream().map(id -> trainees.find(id).orElseThrow())
                .map(t -> new Eligibility(t.id(), t.name(), unmet.get(t.id()), overridden.get(t.id()),
                        issued.get(t.id())))
                .toList();
    }

    /** Marks a trainee as completed whatever the records say; audited with the reason. */
    public void overrideCompletion(CohortId cohortId, TraineeId trainee, String reason) {
        TenantCode tenant = TenantContext.require();
        Caller caller = access.requireIssuer("certificate.override");
        requireReason(reason);
        enrolled(readableCohort(tenant, cohortId), trainee);
        transaction.run(() -> {
            overrides.put(tenant, cohortId, trainee, reason.strip(), caller.username(), clock.instant());
            audit.recordPlatform(AuditEvent.changed("certificate.completion-overridden", "enrolment",
                    tenant + "/" + cohortId.value() + "/" + trainee.value(), null, reason.strip()));
        });
    }

    /** Issues one trainee's certificate: only in a completed cohort, only when eligible, only once. */
    public Certificate issue(CohortId cohortId, TraineeId trainee) {
        TenantCode tenant = TenantContext.require();
        Caller caller = access.requireIssuer("certificate.issue");
        requireCompleted(readableCohort(tenant, cohortId));
        Eligibility eligibility = eligibility(cohortId).stream().filter(e -> e.trainee().equals(trainee)).findFirst()
                .orElseThrow(() -> new CertificateException("certificate.error.not-enrolled", String.valueOf(trainee.value())));
        if (eligibility.certificate() != null) {
            throw new CertificateException("certificate.error.already-issued", eligibility.certificate());
        }
        if (!eligibility.eligible()) {
            throw new CertificateException("certificate.error.not-eligible", eligibility.traineeName());
        }
        return issueTo(tenants.require(tenant), cohorts.find(cohortId).orElseThrow(), trainees.find(trainee).orElseThrow(),
                caller);
    }

    /**
     * Issues to every eligible trainee of a completed cohort who holds no valid certificate yet.
     * Idempotent: a second run issues nothing new. Each certificate commits on its own, so a
     * failure part-way keeps those issued before it, and running again completes the rest.
     */
    public IssueSummary issueAllEligible(CohortId cohortId) {
        return issueEligible(cohortId, null);
    }

    /**
     * {@link #issueAllEligible} for some of the cohort's trainees, so a view can issue a large
     * cohort a few at a time and show progress; the counts are of {@code among} only.
     */
    public IssueSummary issueEligible(CohortId cohortId, @Nullable Collection<TraineeId> among) {
        TenantCode tenant = TenantContext.require();
        Caller caller = access.requireIssuer("certificate.issue");
        CohortView cohort = requireCompleted(readableCohort(tenant, cohortId));
        Tenant institution = tenants.require(tenant);
        List<Eligibility> all = eligibility(cohortId).stream()
                .filter(e -> among == null || among.contains(e.trainee())).toList();
        List<Certificate> issued = all.stream().filter(Eligibility::issuable)
                .map(e -> issueTo(institution, cohort, trainees.find(e.trainee()).orElseThrow(), caller)).toList();
        int holding = (int) all.stream().filter(e -> e.certificate() != null).count();
        int notEligible = (int) all.stream().filter(e -> !e.eligible()).count();
        return new IssueSummary(issued, holding, notEligible);
    }

    /** The PDFs of a cohort's valid certificates in one zip, named by serial and trainee. */
    public byte[] pdfZip(CohortId cohortId) {
        List<Certificate> valid = ofCohort(cohortId).stream().filter(c -> c.status() == CertificateStatus.VALID).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Certificate certificate : valid) {
                zip.putNextEntry(new ZipEntry(certificate.serial() + "-" + certificate.traineeName() + ".pdf"));
                zip.write(pdf.render(certificate));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Zipping the certificates of cohort " + cohortId.value() + " failed", e);
        }
        return bytes.toByteArray();
    }

    public List<Certificate> ofCohort(CohortId cohortId) {
        TenantCode tenant = TenantContext.require();
        readableCohort(tenant, cohortId);
        return registry.ofCohort(tenant, cohortId);
    }

    /** A certificate the caller may see: of their institution, their region, or any for the province. */
    public Optional<Certificate> find(String serial) {
        return registry.find(serial).filter(c -> access.mayRead(tenants.require(c.tenant()), serial));
    }

    /** One person's certificates across institutions, found by the blind index of the ID number. */
    public List<Certificate> ofPerson(IdCardNumber idCard) {
        return registry.ofPerson(idCard).stream().filter(c -> access.inScope(tenants.require(c.tenant()))).toList();
    }

    /** For the public verification page: no login, masked personal data. */
    public Optional<PublicCertificate> verify(String serial) {
        return SerialNumbers.isWellFormed(serial) ? registry.find(serial).map(PublicCertificate::of) : Optional.empty();
    }

    public byte[] pdf(String serial) {
        return pdf.render(find(serial).orElseThrow(() -> new CertificateException("certificate.error.not-found", serial)));
    }

    /** Revokes with a category (shown publicly) and a reason (staff and the audit trail only). */
    public Certificate revoke(String serial, RevocationCategory category, String reason) {
        requireReason(reason);
        Certificate certificate = registry.find(serial)
                .orElseThrow(() -> new CertificateException("certificate.error.not-found", serial));
        Caller caller = access.requireRevoker(certificate.tenant());
        Instant now = clock.instant();
        transaction.run(() -> {
            if (!registry.revoke(serial, now, caller.username(), category, reason.strip())) {
                throw new CertificateException("certificate.error.already-revoked", serial);
            }
            audit.recordPlatform(AuditEvent.changed("certificate.revoked", "certificate", serial,
                    CertificateStatus.VALID, CertificateStatus.REVOKED + " " + category + " " + reason.strip()));
        });
        return registry.find(serial).orElseThrow();
    }

    private Certificate issueTo(Tenant institution, CohortView cohort, TraineeView trainee, Caller caller) {
        return transaction.call(() -> {
            Instant now = clock.instant();
            String serial = SerialNumbers.format(institution.regionCode(), now.atZone(clock.getZone()).getYear(),
                    cohort.courseType(), registry.nextSequence());
            Certificate certificate = new Certificate(serial, institution.code(), institution.name(), cohort.id(),
                    trainee.id(), trainee.name(), trainee.idCard(), cohort.courseType(), cohort.startDate(),
                    cohort.endDate(), now, caller.username(), null, null, null);
            registry.insert(certificate);
            audit.recordPlatform(AuditEvent.created("certificate", serial, PublicCertificate.of(certificate)));
            return certificate;
        });
    }

    private CohortView readableCohort(TenantCode tenant, CohortId cohortId) {
        if (!access.mayRead(tenants.require(tenant), "cohort/" + cohortId.value())) {
            throw new CertificateException("certificate.error.cohort-not-found", String.valueOf(cohortId.value()));
        }
        return cohorts.find(cohortId).orElseThrow(
                () -> new CertificateException("certificate.error.cohort-not-found", String.valueOf(cohortId.value())));
    }

    /** Certificates close a cohort's training: not before it completed, not once it is archived. */
    private static CohortView requireCompleted(CohortView cohort) {
        if (cohort.status() == CohortStatus.ARCHIVED) {
            throw new CertificateException("certificate.error.cohort-archived", cohort.name());
        }
        if (cohort.status() != CohortStatus.COMPLETED) {
            throw new CertificateException("certificate.error.cohort-not-completed", cohort.name());
        }
        return cohort;
    }

    private void enrolled(CohortView cohort, TraineeId trainee) {
        if (!cohorts.roster(cohort.id()).contains(trainee)) {
            throw new CertificateException("certificate.error.not-enrolled", String.valueOf(trainee.value()));
        }
    }

    private static void requireReason(String reason) {
        if (reason.isBlank() || reason.strip().length() > 500) {
            throw new CertificateException("certificate.error.reason", reason.strip());
        }
    }
}
