package cn.kaichuang.outreach;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Regions;
import cn.kaichuang.identity.Role;
import cn.kaichuang.outreach.internal.OutreachObjects;
import cn.kaichuang.outreach.internal.OutreachTransaction;
import cn.kaichuang.outreach.internal.PolicyTable;
import cn.kaichuang.outreach.internal.PolicyTable.Row;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.StoredObject;
import cn.kaichuang.storage.UploadRefusedException;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Policies (TM-7) the province and the prefectures publish: Markdown text, attachments in the
 * object store, tags, and an audience by region and course type. Trainees see only the policies
 * whose audience includes them, and every opening is recorded for the publicity statistics.
 */
@Service
public class Policies {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_TAG = 40;
    static final int MAX_FILE_NAME = 255;

    /**
     * @param audienceRegions regions (GB/T 2260, a prefecture covers its districts) the policy is
     *     for; empty means the whole area of the issuer
     * @param audienceCourseTypes trainees of which course types it is for; empty means all
     */
    public record NewPolicy(String title, String body, List<String> tags, Set<String> audienceRegions,
            Set<CourseType> audienceCourseTypes) {
    }

    public record Policy(long id, String title, String body, String issuerRegion, List<String> tags,
            Set<String> audienceRegions, Set<CourseType> audienceCourseTypes, boolean published, String publishedBy,
            Instant publishedAt) {

        /** The text as sanitized HTML. */
        public String html() {
            return PolicyMarkdown.html(body);
        }
    }

    public record Attachment(long id, long policyId, String fileName, String contentType, long size, String sha256) {
    }

    /** Publicity figures: per policy ({@code key} its title) or per region ({@code key} the region code). */
    public record Reads(long policyId, String key, long readers, long reads) {
    }

    private final PolicyTable table;
    private final OutreachObjects objects;
    private final OutreachTransaction transaction;
    private final OutreachAccess access;
    private final AuditTrail audit;
    private final TenantDirectory tenants;
    private final OutreachProperties properties;
    private final Clock clock;

    Policies(PolicyTable table, OutreachObjects objects, OutreachTransaction transaction, OutreachAccess access,
            AuditTrail audit, TenantDirectory tenants, OutreachProperties properties, Optional<Clock> clock) {
        this.table = table;
        this.objects = objects;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public long publish(NewPolicy policy) {
        Caller caller = access.requireCurator("policy.publish");
        String title = Texts.required(policy.title(), MAX_TITLE, "outreach.error.title");
        String body = Texts.required(policy.body(), MAX_BODY, "outreach.error.body");
        List<String> tags = policy.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (tags.stream().anyMatch(t -> t.length() > MAX_TAG)) {
            throw new OutreachException("outreach.error.tag", String.valueOf(MAX_TAG));
        }
        String issuer = OutreachAccess.regionOf(caller);
        Set<String> regions = policy.audienceRegions();
        for (String region : regions) {
            if (!region.matches("\\d{6}") || !OutreachAccess.covers(caller, region)) {
                throw new OutreachException("outreach.error.region", region);
            }
        }
        if (regions.isEmpty() && !OutreachAccess.province(caller)) {
            regions = Set.of(issuer);
        }
        Set<String> audience = regions;
        return transaction.call(() -> {
            long id = table.insert(title, body, issuer, tags, audience, policy.audienceCourseTypes(),
                    caller.username(), clock.instant());
            audit.recordPlatform(AuditEvent.created("policy", id, title));
            return id;
        });
    }

    public void withdraw(long id) {
        Caller caller = access.requireCurator("policy.withdraw");
        Row row = curated(caller, id);
        transaction.run(() -> {
            table.setStatus(row.id(), "WITHDRAWN");
            audit.recordPlatform(AuditEvent.changed("policy.withdrawn", "policy", id, row.status(), "WITHDRAWN"));
        });
    }

    /**
     * Attaches a file (read, not closed); its type comes from its content, never the name.
     *
     * @throws OutreachException if it is empty, of a type not accepted or too large; nothing is stored
     */
    public Attachment attach(long id, InputStream content, String fileName) {
        Caller caller = access.requireCurator("policy.attach");
        String name = Texts.fileName(fileName, MAX_FILE_NAME);
        curated(caller, id);
        try (StagedUpload upload = receive(content)) {
            AtomicReference<String> stored = new AtomicReference<>();
            try {
                return transaction.call(() -> {
                    String key = "policy/" + id + "/" + java.util.UUID.randomUUID() + "." + upload.type().extension();
                    StoredObject object = objects.store(upload, key);
                    stored.set(key);
                    if (!upload.sha256Hex().equals(object.sha256Hex())) {
                        throw new IllegalStateException("The object store received other bytes than were uploaded");
                    }
                    long attachment = table.insertAttachment(id, key, upload.sha256Hex(), upload.size(),
                            upload.type().mimeType(), name, clock.instant());
                    audit.recordPlatform(AuditEvent.changed("policy.attached", "policy", id, null,
                            name + " " + upload.sha256Hex()));
                    return new Attachment(attachment, id, name, upload.type().mimeType(), upload.size(),
                            upload.sha256Hex());
                });
            } catch (RuntimeException e) {
                String key = stored.get();
                if (key != null) {
                    objects.delete(key);
                }
                throw e;
            }
        }
    }

    /**
     * The published policies the caller may read that match, newest first: a trainee's audience
     * (region of their institution, course types of their cohorts), a curator's area, an
     * institution's staff the policies for its region.
     */
    public List<Policy> browse(@Nullable String text, @Nullable String tag) {
        Caller caller = access.caller();
        Optional<Participant> trainee = caller.is(Role.TRAINEE) ? Optional.of(access.participant(caller)) : Optional.empty();
        String staffRegion = trainee.isPresent() || caller.tenant() == null ? null
                : tenants.find(TenantCode.of(caller.tenant())).map(t -> t.regionCode()).orElse(null);
        return table.published(text, tag == null || tag.isBlank() ? null : tag.strip()).stream()
                .filter(row -> trainee.map(p -> reaches(row, p))
                        .orElseGet(() -> OutreachAccess.curator(caller) ? curates(caller, row)
                                : staffRegion != null && inRegions(row, staffRegion)))
                .map(Policies::policy).toList();
    }

    /** The tags in use on the policies the caller can browse, for a filter. */
    public List<String> tags() {
        return browse(null, null).stream().flatMap(p -> p.tags().stream()).distinct().sorted().toList();
    }

    /**
     * Opens one policy; a trainee's opening is recorded as a read. Empty for an unknown policy and
     * one the caller may not read (the refusal recorded).
     */
    public Optional<Policy> open(long id) {
        Caller caller = access.caller();
        Optional<Row> found = table.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row row = found.get();
        if (OutreachAccess.curator(caller) && curates(caller, row)) {
            return Optional.of(policy(row));
        }
        if (caller.is(Role.TRAINEE) && "PUBLISHED".equals(row.status())) {
            Participant me = access.participant(caller);
            if (reaches(row, me)) {
                transaction.run(() -> table.recordRead(id, me.tenant(), me.username(), me.regionCode(), clock.instant()));
                return Optional.of(policy(row));
            }
        }
        if (!caller.is(Role.TRAINEE) && "PUBLISHED".equals(row.status()) && caller.tenant() != null
                && tenants.find(TenantCode.of(caller.tenant())).map(t -> inRegions(row, t.regionCode())).orElse(false)) {
            return Optional.of(policy(row));
        }
        access.refused(caller, "policy", id);
        return Optional.empty();
    }

    public List<Attachment> attachments(long id) {
        return openWithoutRecording(id).map(p -> table.attachments(id).stream()
                .map(a -> new Attachment(a.id(), a.policyId(), a.fileName(), a.contentType(), a.size(), a.sha256()))
                .toList()).orElse(List.of());
    }

    /** A short-lived download link to an attachment of a policy the caller may read. */
    public URI attachmentUrl(long policyId, long attachmentId) {
        return openWithoutRecording(policyId).flatMap(p -> table.attachments(policyId).stream()
                        .filter(a -> a.id() == attachmentId).findFirst())
                .map(a -> objects.presignedUrl(a.objectKey()))
                .orElseThrow(() -> new OutreachException("outreach.error.not-found", String.valueOf(attachmentId)));
    }

    /** Readers and reads per policy, for the province and prefectures. */
    public List<Reads> readsPerPolicy() {
        Caller caller = access.requireCurator("policy.statistics");
        return table.readsPerPolicy().stream()
                .filter(r -> table.find(r.policyId()).map(row -> curates(caller, row)).orElse(false))
                .map(r -> new Reads(r.policyId(), r.key(), r.readers(), r.reads())).toList();
    }

    /** Readers and reads of one policy per region of the readers' institutions. */
    public List<Reads> readsPerRegion(long policyId) {
        Caller caller = access.requireCurator("policy.statistics");
        curated(caller, policyId);
        return table.readsPerRegion(policyId).stream()
                .filter(r -> OutreachAccess.covers(caller, r.key()))
                .map(r -> new Reads(r.policyId(), r.key(), r.readers(), r.reads())).toList();
    }

    /** Who read a policy ({@code institution/login}), first reader first: the participation record. */
    public List<String> readers(long policyId) {
        Caller caller = access.requireCurator("policy.readers");
        curated(caller, policyId);
        return Collections.unmodifiableList(table.readers(policyId));
    }

    private Optional<Policy> openWithoutRecording(long id) {
        Caller caller = access.caller();
        Optional<Row> row = table.find(id);
        if (row.isPresent() && caller.is(Role.TRAINEE)) {
            Participant me = access.participant(caller);
            if ("PUBLISHED".equals(row.get().status()) && reaches(row.get(), me)) {
                return row.map(Policies::policy);
            }
            access.refused(caller, "policy", id);
            return Optional.empty();
        }
        return row.isPresent() ? open(id) : Optional.empty();
    }

    private Row curated(Caller caller, long id) {
        Row row = table.find(id).orElseThrow(() -> new OutreachException("outreach.error.not-found", String.valueOf(id)));
        if (!curates(caller, row)) {
            throw access.notFound(caller, "policy", id);
        }
        return row;
    }

    /** The province curates everything; a prefecture what it issued and sees what the province issued. */
    private static boolean curates(Caller caller, Row row) {
        return OutreachAccess.province(caller) || row.issuerRegion().equals(caller.regionCode());
    }

    static boolean reaches(Row row, Participant trainee) {
        return inRegions(row, trainee.regionCode()) && (row.audienceCourseTypes().isEmpty()
                || row.audienceCourseTypes().stream().anyMatch(trainee.courseTypes()::contains));
    }

    private static boolean inRegions(Row row, String region) {
        return row.audienceRegions().isEmpty()
                ? Regions.supervises(row.issuerRegion(), region)
                : row.audienceRegions().stream().anyMatch(r -> r.equals(region) || Regions.supervises(r, region));
    }

    private StagedUpload receive(InputStream content) {
        try {
            return StagedUpload.receive(content, properties.attachmentLimits());
        } catch (UploadRefusedException e) {
            throw switch (e.reason()) {
                case EMPTY -> new OutreachException("outreach.error.empty");
                case UNSUPPORTED_TYPE -> new OutreachException("outreach.error.type");
                case TOO_LARGE -> new OutreachException("outreach.error.too-large",
                        Math.ceilDiv(e.limitBytes(), 1024 * 1024) + " MB");
            };
        }
    }

    private static Policy policy(Row row) {
        return new Policy(row.id(), row.title(), row.body(), row.issuerRegion(), row.tags(), row.audienceRegions(),
                row.audienceCourseTypes(), "PUBLISHED".equals(row.status()), row.publishedBy(), row.publishedAt());
    }
}
