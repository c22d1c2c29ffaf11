package cn.kaichuang.teaching;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.CohortPlans;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.Ids.SessionId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.Lecturers;
import cn.kaichuang.cohort.SessionView;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.UploadRefusedException;
import cn.kaichuang.teaching.TeachingAccess.Enrolled;
import cn.kaichuang.teaching.TeachingAccess.Staffed;
import cn.kaichuang.teaching.internal.CompletionRecord;
import cn.kaichuang.teaching.internal.ResourceRecord;
import cn.kaichuang.teaching.internal.TaskRecord;
import cn.kaichuang.teaching.internal.TeachingObjects;
import cn.kaichuang.teaching.internal.TeachingTable;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teaching tasks (TS-1, TS-4). The cohort's lecturer (or the institution's admin) publishes tasks
 * to the cohort or to one session of its timetable, each with a due date; enrolled trainees see
 * them with the lecturer's profile and complete them with text or a file as evidence (a task to
 * study a resource or watch a video completes itself, {@link TeachingResources}). The lecturer
 * sees who completed what and may hand a completion back with a comment; only then may the
 * trainee complete the task again. Refusals change nothing; reaching for another lecturer's
 * cohort, or a cohort one is not enrolled in, is "not found" and recorded.
 */
@Service
@Transactional(readOnly = true)
public class TeachingTasks {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_EVIDENCE = 2000;
    static final int MAX_COMMENT = 500;
    private static final int MAX_FILE_NAME = 255;

    private final TeachingAccess access;
    private final Cohorts cohorts;
    private final CohortPlans plans;
    private final Lecturers lecturers;
    private final Trainees trainees;
    private final TeachingTable table;
    private final TeachingObjects objects;
    private final TeachingProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    TeachingTasks(TeachingAccess access, Cohorts cohorts, CohortPlans plans, Lecturers lecturers, Trainees trainees,
            TeachingTable table, TeachingObjects objects, TeachingProperties properties, AuditTrail audit,
            Optional<Clock> clock) {
        this.access = access;
        this.cohorts = cohorts;
        this.plans = plans;
        this.lecturers = lecturers;
        this.trainees = trainees;
        this.table = table;
        this.objects = objects;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- lecturers ----------------------------------------------------------------------------

    @Transactional
    public TaskId publish(NewTask task) {
        Staffed staffed = access.staff(task.cohort(), "teaching.task-publish");
        String title = Texts.required(task.title(), MAX_TITLE, "teaching.task.title");
        String description = Texts.bounded(task.description(), MAX_DESCRIPTION, "teaching.task.description");
        Instant now = clock.instant();
        if (task.due() == null || !task.due().isAfter(now)) {
            throw new TeachingException("teaching.error.due-past");
        }
        if (task.session() != null && plans.sessions(task.cohort()).stream()
                .noneMatch(s -> s.id().equals(task.session()))) {
            throw new TeachingException("teaching.error.session-not-found");
        }
        Long resource = null;
        if (task.kind().automatic()) {
            ResourceRecord r = Optional.ofNullable(task.resource()).flatMap(id -> table.resource(id.value()))
                    .filter(found -> found.cohortId() == task.cohort().value())
                    .orElseThrow(() -> new TeachingException("teaching.error.task-resource"));
            if (task.kind() == TaskKind.WATCH_VIDEO && !r.kind().equals(ResourceKind.VIDEO.name())) {
                throw new TeachingException("teaching.error.task-video");
            }
            resource = r.id();
        }
        long id = table.insertTask(task.cohort().value(), task.session() == null ? null : task.session().value(),
                task.kind().name(), title, description, resource, task.due(), staffed.caller().username(), now);
        audit.record(AuditEvent.changed("teaching.task-published", "teaching-task", id, null,
                task.kind().name() + " " + title + " " + task.due()));
        return new TaskId(id);
    }

    /** The cohort's tasks by due date, for its staff and its trainees; empty for a cohort out of reach. */
    public List<TaskView> of(CohortId cohortId) {
        return cohorts.find(cohortId).map(c -> table.tasks(cohortId.value()).stream().map(TeachingTasks::view)
                .toList()).orElse(List.of());
    }

    /** Trainee × task for the cohort's staff; empty for anyone else. */
    public CompletionMatrix matrix(CohortId cohortId) {
        Optional<CohortView> cohort = access.staffView(cohortId);
        if (cohort.isEmpty()) {
            return CompletionMatrix.EMPTY;
        }
        List<TaskView> tasks = table.tasks(cohortId.value()).stream().map(TeachingTasks::view).toList();
        Map<Long, Map<TaskId, CompletionStatus>> byTrainee = table.completionsOfCohort(cohortId.value()).stream()
                .collect(Collectors.groupingBy(CompletionRecord::traineeId, Collectors.toMap(
                        c -> new TaskId(c.taskId()), c -> CompletionStatus.valueOf(c.status()))));
        List<MatrixRow> rows = cohorts.roster(cohortId).stream().map(trainee -> {
            Map<TaskId, CompletionStatus> cells = new LinkedHashMap<>();
            Map<TaskId, CompletionStatus> done = byTrainee.getOrDefault(trainee.value(), Map.of());
            tasks.forEach(t -> cells.put(t.id(), done.getOrDefault(t.id(), CompletionStatus.OPEN)));
            return new MatrixRow(trainee, name(trainee), cells);
        }).sorted(Comparator.comparing(MatrixRow::name)).toList();
        return new CompletionMatrix(tasks, rows);
    }

    /** A trainee's completion, for the cohort's staff. */
    public Optional<Completion> completion(TaskId taskId, TraineeId trainee) {
        TaskRecord task = staffTask(taskId, "teaching.completion-read");
        return table.completion(task.id(), trainee.value()).map(c -> completion(c, task));
    }

    /** A short-lived link to the evidence file, for the cohort's staff and the trainee who handed it in. */
    public URI evidence(TaskId taskId, TraineeId trainee) {
        TaskRecord task = task(taskId);
        Caller caller = access.caller();
        if (TeachingAccess.staff(caller)) {
            access.staff(new CohortId(task.cohortId()), "teaching.evidence");
        } else {
            Enrolled enrolled = access.enrolled(new CohortId(task.cohortId()));
            if (!enrolled.trainee().equals(trainee)) {
                throw new TeachingException("teaching.error.task-not-found");
            }
        }
        return table.completion(task.id(), trainee.value()).map(CompletionRecord::objectKey)
                .map(objects::presignedUrl)
                .orElseThrow(() -> new TeachingException("teaching.error.no-evidence"));
    }

    /** Hands a completion back with a comment: the trainee sees it and completes the task again. */
    @Transactional
    public void returnTask(TaskId taskId, TraineeId trainee, String comment) {
        TaskRecord task = staffTask(taskId, "teaching.task-return");
        String why = Texts.required(comment, MAX_COMMENT, "teaching.return.comment");
        if (TaskKind.valueOf(task.kind()).automatic()) {
            throw new TeachingException("teaching.error.automatic-return");
        }
        CompletionRecord completion = table.completion(task.id(), trainee.value())
                .filter(c -> c.status().equals(CompletionStatus.COMPLETED.name()))
                .orElseThrow(() -> new TeachingException("teaching.error.not-completed"));
        table.returned(task.id(), trainee.value(), why, access.caller().username(), clock.instant());
        audit.record(AuditEvent.changed("teaching.task-returned", "teaching-task", task.id() + "/" + trainee.value(),
                completion.status(), why));
    }

    // ---- trainees -----------------------------------------------------------------------------

    /** The calling trainee's tasks in every cohort they are enrolled in, by due date. */
    public List<MyTask> mine() {
        Optional<TraineeView> self = access.self();
        if (self.isEmpty()) {
            return List.of();
        }
        TraineeId trainee = self.get().id();
        return cohorts.enrolledBy(trainee).stream().flatMap(cohort -> {
            Map<Long, String> topics = topics(cohort.id());
            return table.tasks(cohort.id().value()).stream().map(t -> myTask(t, cohort, trainee, topics));
        }).sorted(Comparator.comparing((MyTask t) -> t.task().due())).toList();
    }

    /** One task of the calling trainee's, with its details and the lecturer's profile. */
    public MyTask mine(TaskId taskId) {
        TaskRecord task = task(taskId);
        Enrolled enrolled = access.enrolled(new CohortId(task.cohortId()));
        return myTask(task, enrolled.cohort(), enrolled.trainee(), topics(enrolled.cohort().id()));
    }

    /**
     * Completes a task with evidence: text, a file (PDF, DOCX, PPTX or a picture, sniffed from its
     * content, within the size limits), or both. Again only after the lecturer returned it.
     */
    @Transactional
    public Completion complete(TaskId taskId, String text, @Nullable String fileName, @Nullable InputStream file) {
        TaskRecord task = task(taskId);
        Enrolled enrolled = access.enrolled(new CohortId(task.cohortId()));
        if (TaskKind.valueOf(task.kind()).automatic()) {
            throw new TeachingException("teaching.error.completes-itself");
        }
        Optional<CompletionRecord> before = table.completion(task.id(), enrolled.trainee().value());
        if (before.filter(c -> c.status().equals(CompletionStatus.COMPLETED.name())).isPresent()) {
            throw new TeachingException("teaching.error.already-completed");
        }
        String evidence = Texts.bounded(text, MAX_EVIDENCE, "teaching.evidence.text");
        if (evidence.isEmpty() && file == null) {
            throw new TeachingException("teaching.error.evidence-required");
        }
        Instant now = clock.instant();
        if (file == null) {
            table.complete(task.id(), enrolled.trainee().value(), evidence, null, null, null, null, null, now);
        } else {
            String name = Texts.fileName(fileName == null ? "" : fileName, MAX_FILE_NAME, "evidence");
            try (StagedUpload upload = staged(file)) {
                String key = TeachingObjects.evidenceKey(task.id(), upload.type());
                objects.store(upload, key);
                try {
                    table.complete(task.id(), enrolled.trainee().value(), evidence.isEmpty() ? null : evidence, name,
                            key, upload.type().mimeType(), upload.size(), upload.sha256Hex(), now);
                } catch (RuntimeException e) {
                    objects.delete(key);
                    throw e;
                }
            }
        }
        audit.record(AuditEvent.changed("teaching.task-completed", "teaching-task",
                task.id() + "/" + enrolled.trainee().value(), before.map(CompletionRecord::status).orElse(null),
                CompletionStatus.COMPLETED.name()));
        // The previous attempt's file is replaced; the database no longer names it.
        before.map(CompletionRecord::objectKey).ifPresent(old -> {
            if (table.completion(task.id(), enrolled.trainee().value()).map(CompletionRecord::objectKey)
                    .filter(old::equals).isEmpty()) {
                objects.delete(old);
            }
        });
        return table.completion(task.id(), enrolled.trainee().value()).map(c -> completion(c, task)).orElseThrow();
    }

    // ---- internals ----------------------------------------------------------------------------

    private TaskRecord task(TaskId id) {
        TaskRecord task = table.task(id.value())
                .orElseThrow(() -> new TeachingException("teaching.error.task-not-found"));
        if (cohorts.find(new CohortId(task.cohortId())).isEmpty()) {
            throw new TeachingException("teaching.error.task-not-found");
        }
        return task;
    }

    private TaskRecord staffTask(TaskId id, String operation) {
        TaskRecord task = table.task(id.value())
                .orElseThrow(() -> new TeachingException("teaching.error.task-not-found"));
        access.staff(new CohortId(task.cohortId()), operation);
        return task;
    }

    private MyTask myTask(TaskRecord t, CohortView cohort, TraineeId trainee, Map<Long, String> topics) {
        TaskView view = view(t);
        Optional<CompletionRecord> record = table.completion(t.id(), trainee.value());
        Completion completion = record.map(c -> completion(c, t)).orElse(null);
        CompletionStatus status = completion == null ? CompletionStatus.OPEN : completion.status();
        boolean overdue = status != CompletionStatus.COMPLETED && clock.instant().isAfter(t.dueAt());
        String resourceTitle = t.resourceId() == null ? null
                : table.resource(t.resourceId()).map(ResourceRecord::title).orElse(null);
        return new MyTask(view, cohort.name(), t.sessionId() == null ? null : topics.get(t.sessionId()),
                lecturer(t, cohort), resourceTitle, status, completion, overdue);
    }

    /** The session's lecturer for a session's task, else the cohort's lead lecturer. */
    private @Nullable LecturerProfile lecturer(TaskRecord t, CohortView cohort) {
        LecturerId id = cohort.leadLecturer();
        if (t.sessionId() != null) {
            id = plans.sessions(cohort.id()).stream().filter(s -> s.id().value() == t.sessionId())
                    .map(SessionView::lecturer).findFirst().orElse(id);
        }
        return id == null ? null : lecturers.find(id)
                .map(l -> new LecturerProfile(l.name(), l.qualificationNo(), l.courseTypes())).orElse(null);
    }

    private Map<Long, String> topics(CohortId cohort) {
        return plans.sessions(cohort).stream().collect(Collectors.toMap(s -> s.id().value(), SessionView::topic,
                (a, b) -> a));
    }

    private String name(TraineeId trainee) {
        return trainees.find(trainee).map(TraineeView::name).orElse("#" + trainee.value());
    }

    private StagedUpload staged(InputStream content) {
        try {
            return StagedUpload.receive(content, properties.evidenceLimits());
        } catch (UploadRefusedException e) {
            throw Texts.refused(e, "teaching.error.evidence-type");
        }
    }

    static TaskView view(TaskRecord t) {
        return new TaskView(new TaskId(t.id()), new CohortId(t.cohortId()),
                t.sessionId() == null ? null : new SessionId(t.sessionId()), TaskKind.valueOf(t.kind()), t.title(),
                t.description(), t.resourceId() == null ? null : new ResourceId(t.resourceId()), t.dueAt(),
                t.publishedBy(), t.publishedAt());
    }

    private static Completion completion(CompletionRecord c, TaskRecord task) {
        EvidenceFile file = c.objectKey() == null ? null : new EvidenceFile(String.valueOf(c.fileName()),
                String.valueOf(c.contentType()), c.size() == null ? 0 : c.size(), String.valueOf(c.sha256()));
        return new Completion(new TaskId(c.taskId()), new TraineeId(c.traineeId()),
                CompletionStatus.valueOf(c.status()), c.text(), file, c.completedAt(), c.attempts(), c.returnComment(),
                c.returnedAt(), c.completedAt().isAfter(task.dueAt()));
    }
}
