package cn.kaichuang.teaching;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.UploadRefusedException;
import cn.kaichuang.teaching.TeachingAccess.Enrolled;
import cn.kaichuang.teaching.TeachingAccess.Staffed;
import cn.kaichuang.teaching.internal.MediaInspector;
import cn.kaichuang.teaching.internal.ProgressRecord;
import cn.kaichuang.teaching.internal.ResourceRecord;
import cn.kaichuang.teaching.internal.TeachingObjects;
import cn.kaichuang.teaching.internal.TeachingTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital teaching resources of a cohort (TS-6). The cohort's lecturer or the institution's admin
 * uploads courseware (MP4, PDF, PPTX, pictures) into the institution's bucket, the type sniffed
 * from the content and the size limited per kind; enrolled trainees open it through short-lived
 * links. Progress is measured on the server: a video advances at most by the wall-clock time since
 * the previous report (plus {@link TeachingProperties#progressSlack()}), so it cannot be "watched"
 * faster than real time; a PDF counts the distinct pages the server rendered for the trainee.
 * Finishing a resource completes the tasks that ask for it.
 */
@Service
@Transactional(readOnly = true)
public class TeachingResources {

    static final int MAX_TITLE = 200;
    private static final int MAX_FILE_NAME = 255;

    private final TeachingAccess access;
    private final Cohorts cohorts;
    private final TeachingTable table;
    private final TeachingObjects objects;
    private final TeachingProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    TeachingResources(TeachingAccess access, Cohorts cohorts, TeachingTable table, TeachingObjects objects,
            TeachingProperties properties, AuditTrail audit, Optional<Clock> clock) {
        this.access = access;
        this.cohorts = cohorts;
        this.table = table;
        this.objects = objects;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public TeachingProperties limits() {
        return properties;
    }

    // ---- lecturers and admins -----------------------------------------------------------------

    /**
     * Stores a resource from {@code content} (read, not closed); the type comes from the content,
     * never from {@code fileName}.
     */
    @Transactional
    public ResourceView upload(CohortId cohortId, String title, String fileName, InputStream content) {
        Staffed staffed = access.staff(cohortId, "teaching.resource-upload");
        String cleanTitle = Texts.required(title, MAX_TITLE, "teaching.resource.title");
        String name = Texts.fileName(fileName, MAX_FILE_NAME, "resource");
        try (StagedUpload upload = staged(content)) {
            ResourceKind kind = ResourceKind.of(upload.type())
                    .orElseThrow(() -> new TeachingException("teaching.error.resource-type"));
            String key = TeachingObjects.resourceKey(cohortId.value(), upload.type());
            objects.store(upload, key);
            try {
                Double duration = null;
                int pages = 1;
                if (kind == ResourceKind.VIDEO) {
                    OptionalDouble length = inspect(key, MediaInspector::mp4Duration);
                    if (length.isEmpty()) {
                        throw new TeachingException("teaching.error.video-unreadable");
                    }
                    duration = length.getAsDouble();
                } else if (kind == ResourceKind.PDF) {
                    OptionalInt count = inspect(key, MediaInspector::pdfPages);
                    if (count.isEmpty() || count.getAsInt() == 0) {
                        throw new TeachingException("teaching.error.pdf-unreadable");
                    }
                    pages = count.getAsInt();
                }
                Instant now = clock.instant();
                long id = table.insertResource(cohortId.value(), cleanTitle, kind.name(), name, key,
                        upload.type().mimeType(), upload.size(), upload.sha256Hex(), duration, pages,
                        staffed.caller().username(), now);
                audit.record(AuditEvent.changed("teaching.resource-uploaded", "teaching-resource", id, null,
                        cleanTitle + " " + upload.sha256Hex()));
                return view(table.resource(id).orElseThrow());
            } catch (RuntimeException e) {
                objects.delete(key);
                throw e;
            }
        }
    }

    /** Removes a resource no task asks for, with everyone's progress. */
    @Transactional
    public void remove(ResourceId id) {
        ResourceRecord resource = table.resource(id.value())
                .orElseThrow(() -> new TeachingException("teaching.error.resource-not-found"));
        access.staff(new CohortId(resource.cohortId()), "teaching.resource-remove");
        if (table.resourceInUse(id.value())) {
            throw new TeachingException("teaching.error.resource-in-use", resource.title());
        }
        table.deleteResource(id.value());
        audit.record(AuditEvent.changed("teaching.resource-removed", "teaching-resource", id.value(),
                resource.title(), null));
        objects.delete(resource.objectKey());
    }

    /** The cohort's resources in the order uploaded; empty for a cohort the caller does not reach. */
    public List<ResourceView> of(CohortId cohortId) {
        return cohorts.find(cohortId).map(c -> table.resources(cohortId.value()).stream()
                .map(TeachingResources::view).toList()).orElse(List.of());
    }

    // ---- trainees -----------------------------------------------------------------------------

    /** The resources of every cohort the calling trainee is enrolled in, with their progress. */
    public List<MyResource> mine() {
        return access.self().map(trainee -> cohorts.enrolledBy(trainee.id()).stream()
                .flatMap(cohort -> table.resources(cohort.id().value()).stream()
                        .map(r -> new MyResource(view(r), cohort.name(), progress(r, trainee.id()))))
                .toList()).orElse(List.of());
    }

    /**
     * A short-lived link to the file and where to resume. For a trainee it starts the clock that
     * video progress is measured against; slides and pictures count as studied once opened.
     * Staff get a preview that records nothing.
     */
    @Transactional
    public Playback open(ResourceId id) {
        ResourceRecord resource = readable(id);
        Caller caller = access.caller();
        if (TeachingAccess.staff(caller)) {
            return new Playback(view(resource), objects.presignedUrl(resource.objectKey()), objects.expiry(),
                    Progress.NONE);
        }
        Enrolled enrolled = access.enrolled(new CohortId(resource.cohortId()));
        Instant now = clock.instant();
        ProgressRecord before = record(resource, enrolled.trainee());
        ResourceKind kind = ResourceKind.valueOf(resource.kind());
        if (kind == ResourceKind.SLIDES || kind == ResourceKind.IMAGE) {
            table.pageSeen(resource.id(), enrolled.trainee().value(), 1, now);
            save(resource, enrolled.trainee(), before.positionSeconds(), before.watchedSeconds(), 1, now, before, now);
        } else {
            save(resource, enrolled.trainee(), before.positionSeconds(), before.watchedSeconds(), before.lastPage(),
                    now, before, now);
        }
        return new Playback(view(resource), objects.presignedUrl(resource.objectKey()), objects.expiry(),
                progress(resource, enrolled.trainee()));
    }

    /**
     * The player's report that the video is at {@code positionSeconds}. Refused, changing nothing,
     * when that is further than real time allows since the previous report (or the opening).
     */
    @Transactional
    public Progress watched(ResourceId id, double positionSeconds) {
        ResourceRecord resource = readable(id);
        if (!resource.kind().equals(ResourceKind.VIDEO.name())) {
            throw new TeachingException("teaching.error.not-a-video");
        }
        Enrolled enrolled = access.enrolled(new CohortId(resource.cohortId()));
        double duration = resource.durationSeconds() == null ? 0 : resource.durationSeconds();
        double slack = properties.progressSlack().toMillis() / 1000.0;
        if (!Double.isFinite(positionSeconds) || positionSeconds < 0 || positionSeconds > duration + slack) {
            throw new TeachingException("teaching.error.bad-position");
        }
        ProgressRecord before = table.progress(resource.id(), enrolled.trainee().value())
                .filter(p -> p.lastReportAt() != null)
                .orElseThrow(() -> new TeachingException("teaching.error.not-opened"));
        Instant now = clock.instant();
        double elapsed = Math.max(0, Duration.between(before.lastReportAt(), now).toMillis() / 1000.0);
        double position = Math.min(positionSeconds, duration);
        if (position > before.watchedSeconds() + elapsed + slack) {
            throw new TeachingException("teaching.error.too-fast", Texts.seconds(before.watchedSeconds()));
        }
        save(resource, enrolled.trainee(), position, Math.max(before.watchedSeconds(), position), before.lastPage(),
                now, before, now);
        return progress(resource, enrolled.trainee());
    }

    /**
     * Page {@code page} (from 1) of a PDF as a PNG about {@code width} pixels wide; for a trainee
     * the page then counts as read.
     */
    @Transactional
    public byte[] page(ResourceId id, int page, int width) {
        ResourceRecord resource = readable(id);
        if (!resource.kind().equals(ResourceKind.PDF.name())) {
            throw new TeachingException("teaching.error.not-a-pdf");
        }
        if (page < 1 || page > resource.pages()) {
            throw new TeachingException("teaching.error.no-such-page", String.valueOf(page),
                    String.valueOf(resource.pages()));
        }
        Caller caller = access.caller();
        byte[] png;
        try (InputStream in = objects.open(resource.objectKey())) {
            png = MediaInspector.pdfPage(in, page, Math.clamp(width, 200, 1600));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!TeachingAccess.staff(caller)) {
            Enrolled enrolled = access.enrolled(new CohortId(resource.cohortId()));
            Instant now = clock.instant();
            ProgressRecord before = record(resource, enrolled.trainee());
            table.pageSeen(resource.id(), enrolled.trainee().value(), page, now);
            save(resource, enrolled.trainee(), before.positionSeconds(), before.watchedSeconds(), page,
                    before.lastReportAt(), before, now);
        }
        return png;
    }

    /** The calling trainee's progress with a resource of their cohort. */
    public Progress progress(ResourceId id) {
        ResourceRecord resource = readable(id);
        Enrolled enrolled = access.enrolled(new CohortId(resource.cohortId()));
        return progress(resource, enrolled.trainee());
    }

    public ResourceView resource(ResourceId id) {
        return view(readable(id));
    }

    // ---- internals ----------------------------------------------------------------------------

    private ResourceRecord readable(ResourceId id) {
        ResourceRecord resource = table.resource(id.value())
                .orElseThrow(() -> new TeachingException("teaching.error.resource-not-found"));
        if (cohorts.find(new CohortId(resource.cohortId())).isEmpty()) {
            throw new TeachingException("teaching.error.resource-not-found");
        }
        return resource;
    }

    private ProgressRecord record(ResourceRecord resource, TraineeId trainee) {
        return table.progress(resource.id(), trainee.value())
                .orElse(new ProgressRecord(resource.id(), trainee.value(), 0, 0, 0, 0, null, null, 0));
    }

    private Progress progress(ResourceRecord resource, TraineeId trainee) {
        return table.progress(resource.id(), trainee.value()).map(TeachingResources::progress).orElse(Progress.NONE);
    }

    static Progress progress(ProgressRecord p) {
        return new Progress(p.positionSeconds(), p.watchedSeconds(), p.lastPage(), p.pagesSeen(), p.percent(),
                p.finishedAt());
    }

    /** Writes the progress with its percentage; the first time it reaches "finished", completes the tasks. */
    private void save(ResourceRecord resource, TraineeId trainee, double position, double watched, int lastPage,
            @Nullable Instant lastReportAt, ProgressRecord before, Instant now) {
        int percent = switch (ResourceKind.valueOf(resource.kind())) {
            case VIDEO -> resource.durationSeconds() == null ? 0
                    : (int) Math.min(100, Math.floor(watched * 100 / resource.durationSeconds() + 1e-9));
            case PDF, SLIDES, IMAGE -> {
                int seen = table.pagesSeen(resource.id(), trainee.value());
                yield (int) Math.min(100, seen * 100L / resource.pages());
            }
        };
        percent = Math.max(percent, before.percent());
        Instant finished = before.finishedAt();
        boolean newlyFinished = finished == null && percent >= properties.finishedPercent();
        if (newlyFinished) {
            finished = now;
        }
        table.saveProgress(resource.id(), trainee.value(), position, watched, lastPage, percent, lastReportAt, finished,
                now);
        if (newlyFinished) {
            audit.record(AuditEvent.changed("teaching.resource-finished", "teaching-resource",
                    resource.id() + "/" + trainee.value(), null, percent + "%"));
            for (var task : table.automaticTasks(resource.id())) {
                boolean done = table.completion(task.id(), trainee.value())
                        .filter(c -> c.status().equals(CompletionStatus.COMPLETED.name())).isPresent();
                if (!done) {
                    table.complete(task.id(), trainee.value(), null, null, null, null, null, null, now);
                    audit.record(AuditEvent.changed("teaching.task-completed", "teaching-task",
                            task.id() + "/" + trainee.value(), null, "resource " + resource.id()));
                }
            }
        }
    }

    private <T> T inspect(String key, java.util.function.Function<InputStream, T> inspector) {
        try (InputStream in = objects.open(key)) {
            return inspector.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StagedUpload staged(InputStream content) {
        try {
            return StagedUpload.receive(content, properties.resourceLimits());
        } catch (UploadRefusedException e) {
            throw Texts.refused(e, "teaching.error.resource-type");
        }
    }

    static ResourceView view(ResourceRecord r) {
        return new ResourceView(new ResourceId(r.id()), new CohortId(r.cohortId()), r.title(),
                ResourceKind.valueOf(r.kind()), r.fileName(), r.contentType(), r.size(), r.sha256(),
                r.durationSeconds(), r.pages(), r.uploadedBy(), r.uploadedAt());
    }
}
