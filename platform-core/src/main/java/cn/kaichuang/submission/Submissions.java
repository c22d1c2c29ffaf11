package cn.kaichuang.submission;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.storage.SniffedType;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.UploadRefusedException;
import cn.kaichuang.submission.internal.AttachmentRecord;
import cn.kaichuang.submission.internal.PlanJson;
import cn.kaichuang.submission.internal.SubmissionObjects;
import cn.kaichuang.submission.internal.SubmissionPdf;
import cn.kaichuang.submission.internal.SubmissionRecord;
import cn.kaichuang.submission.internal.SubmissionTable;
import cn.kaichuang.submission.internal.VersionRecord;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business plans of the current institution's cohorts (TA-3). A trainee writes the plan of each
 * cohort they are enrolled in: every save is a new version and all versions are kept (an unchanged
 * save adds none), restoring copies an old version into a new one, and submitting freezes the
 * latest. After the cohort's deadline nothing changes any more, unless a reviewer returned the plan.
 * Staff who reach the cohort ({@link Cohorts#find}) list and read the submissions; anybody else's
 * submission is "not found" and the refusal audited.
 */
@Service
@Transactional(readOnly = true)
public class Submissions {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int MAX_FILE_NAME = 200;

    private final Cohorts cohorts;
    private final Trainees trainees;
    private final SubmissionTable table;
    private final SubmissionObjects objects;
    private final PlanJson json;
    private final SubmissionPdf pdf;
    private final SubmissionProperties properties;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Submissions(Cohorts cohorts, Trainees trainees, SubmissionTable table, SubmissionObjects objects, PlanJson json,
            SubmissionPdf pdf, SubmissionProperties properties, AccessPolicy policy, AuditTrail audit,
            Optional<Clock> clock) {
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.table = table;
        this.objects = objects;
        this.json = json;
        this.pdf = pdf;
        this.properties = properties;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- deadline ------------------------------------------------------------------------------

    /** Sets the cohort's deadline: its institution's admin or the lecturer leading it. */
    @Transactional
    public void setDeadline(CohortId cohortId, Instant deadline) {
        Caller caller = policy.caller();
        if (!caller.is(Role.LECTURER)) {
            policy.writerOfCurrentTenant("submission.deadline");
        }
        if (cohorts.find(cohortId).isEmpty()) {
            throw new SubmissionException("submission.error.cohort-not-found");
        }
        Optional<Instant> before = table.deadline(cohortId.value());
        table.setDeadline(cohortId.value(), deadline, caller.username(), clock.instant());
        audit.record(AuditEvent.changed("submission.deadline-set", "cohort", cohortId.value(),
                before.map(Instant::toString).orElse(null), deadline.toString()));
    }

    public Optional<Instant> deadline(CohortId cohortId) {
        return cohorts.find(cohortId).flatMap(c -> table.deadline(cohortId.value()));
    }

    // ---- the trainee's own plan ----------------------------------------------------------------

    /** The caller's plans, one per cohort they are enrolled in, the latest cohort first. */
    public List<MyPlan> mine() {
        return self().map(trainee -> cohorts.enrolledBy(trainee.id()).stream()
                .map(cohort -> myPlan(cohort, trainee.id())).toList()).orElse(List.of());
    }

    /** The caller's plan in a cohort they are enrolled in. */
    public MyPlan mine(CohortId cohortId) {
        Own own = own(cohortId);
        return myPlan(own.cohort(), own.trainee());
    }

    /** Saves the plan as a new version and returns its number; an unchanged plan adds no version. */
    @Transactional
    public int save(CohortId cohortId, PlanContent plan) {
        PlanRules.checkDraft(plan);
        Own own = own(cohortId);
        SubmissionRecord submission = openSubmission(own);
        String content = json.write(plan);
        Optional<VersionRecord> latest = table.latest(submission.id());
        if (latest.isPresent() && json.read(latest.get().content()).equals(plan)) {
            return latest.get().number();
        }
        int number = table.addVersion(submission.id(), content, own.caller().username(), clock.instant(), null);
        audit.record(AuditEvent.changed("submission.saved", "submission", submission.id(), null, "v" + number));
        return number;
    }

    /** The caller's versions in a cohort, newest first. */
    public List<PlanVersion> versions(CohortId cohortId) {
        Own own = own(cohortId);
        return table.find(cohortId.value(), own.trainee().value()).map(s -> table.versions(s.id()).stream()
                .map(v -> new PlanVersion(v.number(), v.savedAt(), v.savedBy(), v.restoredFrom(),
                        Integer.valueOf(v.number()).equals(s.submittedVersion()))).toList()).orElse(List.of());
    }

    /** One of the caller's versions, for a look before restoring it. */
    public PlanContent version(CohortId cohortId, int number) {
        Own own = own(cohortId);
        return table.find(cohortId.value(), own.trainee().value()).flatMap(s -> table.version(s.id(), number))
                .map(v -> json.read(v.content()))
                .orElseThrow(() -> new SubmissionException("submission.error.no-such-version", String.valueOf(number)));
    }

    /** Copies an earlier version into a new latest one; history is never rewritten. */
    @Transactional
    public int restore(CohortId cohortId, int number) {
        Own own = own(cohortId);
        SubmissionRecord submission = openSubmission(own);
        VersionRecord old = table.version(submission.id(), number)
                .orElseThrow(() -> new SubmissionException("submission.error.no-such-version", String.valueOf(number)));
        int restored = table.addVersion(submission.id(), old.content(), own.caller().username(), clock.instant(),
                number);
        audit.record(AuditEvent.changed("submission.restored", "submission", submission.id(), "v" + number,
                "v" + restored));
        return restored;
    }

    /** Submits the latest version, which must be complete; again before the deadline replaces the submission. */
    @Transactional
    public int submit(CohortId cohortId) {
        Own own = own(cohortId);
        SubmissionRecord submission = openSubmission(own);
        VersionRecord latest = table.latest(submission.id())
                .orElseThrow(() -> new SubmissionException("submission.error.nothing-to-submit"));
        PlanRules.checkComplete(PlanType.valueOf(submission.planType()), json.read(latest.content()));
        table.submitted(submission.id(), latest.number(), clock.instant());
        audit.record(AuditEvent.changed("submission.submitted", "submission", submission.id(),
                submission.submittedVersion() == null ? null : "v" + submission.submittedVersion(),
                "v" + latest.number()));
        return latest.number();
    }

    /**
     * Stores a file with the plan. Only PDF, DOCX, PNG and JPEG within the size limits; anything
     * else is refused before it reaches the object store.
     */
    @Transactional
    public Attachment attach(CohortId cohortId, String fileName, InputStream content) {
        Own own = own(cohortId);
        SubmissionRecord submission = openSubmission(own);
        String name = fileName(fileName);
        if (table.attachments(submission.id()).size() >= properties.maxAttachments()) {
            throw new SubmissionException("submission.error.too-many-attachments",
                    String.valueOf(properties.maxAttachments()));
        }
        try (StagedUpload upload = staged(content)) {
            if (upload.type() == SniffedType.PPTX) {
                throw new SubmissionException("submission.error.attachment-type");
            }
            String key = SubmissionObjects.key(submission.id(), upload.type());
            Instant now = clock.instant();
            objects.store(upload, key);
            try {
                long id = table.addAttachment(submission.id(), name, key, upload.type().mimeType(), upload.size(),
                        upload.sha256Hex(), now);
                audit.record(AuditEvent.changed("submission.attached", "submission", submission.id(), null,
                        name + " " + upload.sha256Hex()));
                return new Attachment(id, name, upload.type().mimeType(), upload.size(), upload.sha256Hex(), now);
            } catch (RuntimeException e) {
                objects.delete(key);
                throw e;
            }
        }
    }

    /** Removes an attachment not yet part of the submitted plan. */
    @Transactional
    public void removeAttachment(CohortId cohortId, long attachmentId) {
        Own own = own(cohortId);
        SubmissionRecord submission = openSubmission(own);
        AttachmentRecord attachment = table.attachment(submission.id(), attachmentId)
                .orElseThrow(() -> new SubmissionException("submission.error.not-found"));
        if (submission.status().equals(SubmissionStatus.SUBMITTED.name()) && submission.submittedAt() != null
                && !attachment.uploadedAt().isAfter(submission.submittedAt())) {
            throw new SubmissionException("submission.error.attachment-submitted");
        }
        table.deleteAttachment(attachmentId);
        audit.record(AuditEvent.changed("submission.attachment-removed", "submission", submission.id(),
                attachment.fileName(), null));
        objects.delete(attachment.objectKey());
    }

    // ---- staff and reviewers -------------------------------------------------------------------

    /** Every trainee enrolled in the cohort with their plan's state; empty for a cohort out of reach. */
    public List<SubmissionRow> overview(CohortId cohortId) {
        Optional<CohortView> cohort = cohorts.find(cohortId);
        if (cohort.isEmpty() || policy.caller().is(Role.TRAINEE)) {
            return List.of();
        }
        Map<Long, SubmissionRecord> byTrainee = table.ofCohort(cohortId.value()).stream()
                .collect(Collectors.toMap(SubmissionRecord::traineeId, Function.identity()));
        return cohorts.roster(cohortId).stream().map(trainee -> {
            String name = trainees.find(trainee).map(TraineeView::name).orElse("#" + trainee.value());
            SubmissionRecord s = byTrainee.get(trainee.value());
            if (s == null) {
                return new SubmissionRow(trainee, name, null, SubmissionStatus.NOT_STARTED, 0, null, null, 0);
            }
            return new SubmissionRow(trainee, name, new SubmissionId(s.id()), SubmissionStatus.valueOf(s.status()),
                    table.versionCount(s.id()), s.submittedVersion(), s.submittedAt(), table.attachments(s.id()).size());
        }).toList();
    }

    /** The cohort's submitted plans (frozen versions), for review; empty for a cohort out of reach. */
    public List<SubmittedPlan> submitted(CohortId cohortId) {
        if (cohorts.find(cohortId).isEmpty() || policy.caller().is(Role.TRAINEE)) {
            return List.of();
        }
        return table.ofCohort(cohortId.value()).stream().filter(s -> s.submittedVersion() != null)
                .map(this::submittedPlan).toList();
    }

    /**
     * A submitted plan as its reviewers see it; the trainee reads their own. Empty for an unknown id,
     * one not submitted, and one the caller may not read (that refusal is audited).
     */
    public Optional<SubmittedPlan> read(SubmissionId id) {
        return readable(id).filter(s -> s.submittedVersion() != null).map(this::submittedPlan);
    }

    /** The submitted plan as a PDF, in Chinese. */
    public Optional<byte[]> pdf(SubmissionId id) {
        return read(id).map(plan -> pdf.render(plan, cohorts.find(plan.cohort()).map(CohortView::name).orElse("")));
    }

    /** A short-lived link to an attachment of a plan the caller may read. */
    public URI download(SubmissionId id, long attachmentId) {
        SubmissionRecord submission = readable(id)
                .orElseThrow(() -> new SubmissionException("submission.error.not-found"));
        AttachmentRecord attachment = table.attachment(submission.id(), attachmentId)
                .orElseThrow(() -> new SubmissionException("submission.error.not-found"));
        return objects.presignedUrl(attachment.objectKey());
    }

    /**
     * Hands a submitted plan back for revision (the hook for review): the trainee may change and
     * submit it again, even after the deadline. For the cohort's lecturer, the institution's admin
     * and experts.
     */
    @Transactional
    public void returnForRevision(SubmissionId id, String reason) {
        Caller caller = policy.caller();
        if (!(caller.is(Role.LECTURER) || caller.is(Role.INSTITUTION_ADMIN) || caller.is(Role.EXPERT)
                || caller.isSystem())) {
            throw policy.refusal(caller, "submission.return");
        }
        SubmissionRecord submission = readable(id).filter(s -> s.status().equals(SubmissionStatus.SUBMITTED.name()))
                .orElseThrow(() -> new SubmissionException("submission.error.not-found"));
        String why = PlanContent.text(reason);
        if (why.length() > 500) {
            throw new SubmissionException("submission.error.too-long", "submission.return.reason", "500");
        }
        table.returned(submission.id(), why);
        audit.record(AuditEvent.changed("submission.returned", "submission", submission.id(), "SUBMITTED", why));
    }

    public UploadLimitsView limits() {
        return new UploadLimitsView(properties.maxDocumentSize().toMegabytes(), properties.maxImageSize().toMegabytes(),
                properties.maxAttachments());
    }

    /** The attachment limits, for the upload's hint. */
    public record UploadLimitsView(long documentMegabytes, long imageMegabytes, int attachments) {
    }

    // ---- helpers -------------------------------------------------------------------------------

    private record Own(Caller caller, CohortView cohort, TraineeId trainee) {
    }

    private Optional<TraineeView> self() {
        Caller caller = policy.caller();
        if (!caller.is(Role.TRAINEE)) {
            return Optional.empty();
        }
        return trainees.findByUsername(caller.username());
    }

    /** The caller as a trainee enrolled in the cohort, or "cohort not found" (the refusal audited there). */
    private Own own(CohortId cohortId) {
        Caller caller = policy.caller();
        if (!caller.is(Role.TRAINEE)) {
            throw policy.refusal(caller, "submission.write");
        }
        TraineeView trainee = trainees.findByUsername(caller.username())
                .orElseThrow(() -> new SubmissionException("submission.error.cohort-not-found"));
        CohortView cohort = cohorts.enrolledBy(trainee.id()).stream().filter(c -> c.id().equals(cohortId)).findFirst()
                .orElseGet(() -> {
                    cohorts.find(cohortId);
                    throw new SubmissionException("submission.error.cohort-not-found");
                });
        return new Own(caller, cohort, trainee.id());
    }

    /** The caller's submission, created on the first change, provided it may still change. */
    private SubmissionRecord openSubmission(Own own) {
        Optional<SubmissionRecord> existing = table.find(own.cohort().id().value(), own.trainee().value());
        if (!open(own.cohort().id(), existing.map(SubmissionRecord::status).orElse(null))) {
            Instant deadline = table.deadline(own.cohort().id().value()).orElseThrow();
            throw new SubmissionException("submission.error.deadline-passed",
                    DEADLINE.format(deadline.atZone(CHINA)));
        }
        return existing.orElseGet(() -> {
            long id = table.create(own.cohort().id().value(), own.trainee().value(),
                    PlanType.forCourse(own.cohort().courseType()).name());
            audit.record(AuditEvent.created("submission", id, own.cohort().id()));
            return table.find(id).orElseThrow();
        });
    }

    private boolean open(CohortId cohortId, @Nullable String status) {
        if (SubmissionStatus.RETURNED.name().equals(status)) {
            return true;
        }
        return table.deadline(cohortId.value()).map(deadline -> clock.instant().isBefore(deadline)).orElse(true);
    }

    private MyPlan myPlan(CohortView cohort, TraineeId trainee) {
        PlanType type = PlanType.forCourse(cohort.courseType());
        Instant deadline = table.deadline(cohort.id().value()).orElse(null);
        Optional<SubmissionRecord> s = table.find(cohort.id().value(), trainee.value());
        if (s.isEmpty()) {
            PlanContent empty = PlanContent.empty();
            return new MyPlan(null, cohort, type, deadline, SubmissionStatus.NOT_STARTED, 0, null, null, null,
                    open(cohort.id(), null), empty, PlanTotals.of(empty), List.of());
        }
        SubmissionRecord record = s.get();
        Optional<VersionRecord> latest = table.latest(record.id());
        PlanContent content = latest.map(v -> json.read(v.content())).orElseGet(PlanContent::empty);
        return new MyPlan(new SubmissionId(record.id()), cohort, type, deadline,
                SubmissionStatus.valueOf(record.status()), latest.map(VersionRecord::number).orElse(0),
                record.submittedVersion(), record.submittedAt(), record.returnedReason(),
                open(cohort.id(), record.status()), content, PlanTotals.of(content),
                table.attachments(record.id()).stream().map(Submissions::attachment).toList());
    }

    private Optional<SubmissionRecord> readable(SubmissionId id) {
        Caller caller = policy.caller();
        Optional<SubmissionRecord> found = policy.readerOfCurrentTenant("submission")
                .flatMap(c -> table.find(id.value()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SubmissionRecord submission = found.get();
        if (caller.is(Role.TRAINEE)) {
            boolean own = trainees.findByUsername(caller.username())
                    .filter(t -> t.id().value() == submission.traineeId()).isPresent();
            if (!own) {
                policy.refused(caller, "submission", id.value());
                return Optional.empty();
            }
            return found;
        }
        return cohorts.find(new CohortId(submission.cohortId())).map(c -> submission);
    }

    private SubmittedPlan submittedPlan(SubmissionRecord s) {
        int number = s.submittedVersion() == null ? 0 : s.submittedVersion();
        PlanContent content = table.version(s.id(), number).map(v -> json.read(v.content())).orElseThrow();
        Instant at = s.submittedAt() == null ? Instant.EPOCH : s.submittedAt();
        TraineeId trainee = new TraineeId(s.traineeId());
        String name = trainees.find(trainee).map(TraineeView::name).orElse("#" + s.traineeId());
        List<Attachment> attachments = table.attachments(s.id()).stream().filter(a -> !a.uploadedAt().isAfter(at))
                .map(Submissions::attachment).toList();
        return new SubmittedPlan(new SubmissionId(s.id()), new CohortId(s.cohortId()), trainee, name,
                PlanType.valueOf(s.planType()), SubmissionStatus.valueOf(s.status()), number, at, content,
                PlanTotals.of(content), attachments);
    }

    private StagedUpload staged(InputStream content) {
        try {
            return StagedUpload.receive(content, properties.limits());
        } catch (UploadRefusedException e) {
            throw switch (e.reason()) {
                case EMPTY -> new SubmissionException("submission.error.attachment-empty");
                case UNSUPPORTED_TYPE -> new SubmissionException("submission.error.attachment-type");
                case TOO_LARGE -> new SubmissionException("submission.error.attachment-too-large",
                        e.limitBytes() >= 1024 * 1024 ? e.limitBytes() / (1024 * 1024) + " MB"
                                : e.limitBytes() / 1024 + " KB");
            };
        }
    }

    private static String fileName(String fileName) {
        String name = PlanContent.text(fileName);
        // Browsers on Windows may send the full path.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    private static Attachment attachment(AttachmentRecord a) {
        return new Attachment(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256Hex(), a.uploadedAt());
    }
}
