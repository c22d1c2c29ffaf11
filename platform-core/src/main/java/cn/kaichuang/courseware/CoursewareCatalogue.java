package cn.kaichuang.courseware;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.courseware.internal.CoursewareObjects;
import cn.kaichuang.courseware.internal.CoursewareTable;
import cn.kaichuang.courseware.internal.CoursewareTransaction;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.storage.StagedUpload;
import cn.kaichuang.storage.StoredObject;
import cn.kaichuang.storage.UploadRefusedException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The province's courseware catalogue: items, their versions in the object store, publishing and
 * withdrawing. Only the province (and the platform itself) changes it; everyone else sees the
 * published items and their published versions.
 */
@Service
public class CoursewareCatalogue {

    static final int MAX_TITLE = 200;
    static final int MAX_MODULE = 100;
    static final int MAX_KNOWLEDGE_POINT = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_NOTE = 500;
    static final int MAX_FILE_NAME = 255;

    private final CoursewareTable table;
    private final CoursewareObjects objects;
    private final CoursewareTransaction transaction;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final CoursewareProperties properties;
    private final Clock clock;

    CoursewareCatalogue(CoursewareTable table, CoursewareObjects objects, CoursewareTransaction transaction,
            AuditTrail audit, AccessPolicy policy, CoursewareProperties properties, Optional<Clock> clock) {
        this.table = table;
        this.objects = objects;
        this.transaction = transaction;
        this.audit = audit;
        this.policy = policy;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public CoursewareId create(NewCourseware item) {
        Caller caller = requireCurator("courseware.create");
        NewCourseware clean = validated(item);
        return transaction.call(() -> {
            CoursewareId id = table.insert(clean, caller.username(), clock.instant());
            audit.recordPlatform(AuditEvent.created("courseware", id.value(), clean));
            return id;
        });
    }

    /**
     * Adds the next version of an item from {@code content} (read, not closed). The type comes from
     * the content, never from {@code fileName}, which only names the download.
     *
     * @throws CoursewareException if the file is empty, of a type not accepted or too large; then
     *     nothing is stored
     */
    public CoursewareVersion upload(CoursewareId id, InputStream content, String fileName, String changeNote) {
        Caller caller = requireCurator("courseware.upload");
        String name = fileName(fileName);
        String note = bounded(changeNote, MAX_NOTE, "courseware.error.note");
        item(id);
        try (StagedUpload upload = receive(content)) {
            AtomicReference<String> stored = new AtomicReference<>();
            try {
                return transaction.call(() -> {
                    CoursewareItem locked = table.lock(id).orElseThrow(() -> notFound(id));
                    int number = locked.latestVersion() + 1;
                    String key = CoursewareObjects.key(id, number, upload.type());
                    StoredObject object = objects.store(upload, key);
                    stored.set(key);
                    if (!upload.sha256Hex().equals(object.sha256Hex())) {
                        throw new IllegalStateException("The object store received other bytes than were uploaded");
                    }
                    CoursewareVersion version = new CoursewareVersion(id, number, key, upload.sha256Hex(),
                            upload.size(), upload.type().mimeType(), name, caller.username(), clock.instant(), note);
                    table.insertVersion(version);
                    audit.recordPlatform(AuditEvent.changed("courseware.version-uploaded", "courseware", id.value(),
                            null, "v" + number + " " + upload.sha256Hex()));
                    return version;
                });
            } catch (RuntimeException e) {
                // No object without its version row.
                String key = stored.get();
                if (key != null) {
                    objects.delete(key);
                }
                throw e;
            }
        }
    }

    /** Makes the latest version the one institutions get; republishing after an upload moves them on. */
    public CoursewareItem publish(CoursewareId id) {
        requireCurator("courseware.publish");
        return transaction.call(() -> {
            CoursewareItem item = table.lock(id).orElseThrow(() -> notFound(id));
            if (item.latestVersion() == 0) {
                throw new CoursewareException("courseware.error.no-version", item.title());
            }
            table.setStatus(id, CoursewareStatus.PUBLISHED, item.latestVersion(), clock.instant());
            audit.recordPlatform(AuditEvent.changed("courseware.published", "courseware", id.value(),
                    state(item.status(), item.publishedVersion()), state(CoursewareStatus.PUBLISHED, item.latestVersion())));
            return table.find(id).orElseThrow();
        });
    }

    /** Takes a published item away from institutions; its versions stay for the province. */
    public CoursewareItem withdraw(CoursewareId id) {
        requireCurator("courseware.withdraw");
        return transaction.call(() -> {
            CoursewareItem item = table.lock(id).orElseThrow(() -> notFound(id));
            if (!item.published()) {
                throw new CoursewareException("courseware.error.not-published", item.title());
            }
            table.setStatus(id, CoursewareStatus.WITHDRAWN, item.publishedVersion(), clock.instant());
            audit.recordPlatform(AuditEvent.changed("courseware.withdrawn", "courseware", id.value(),
                    state(item.status(), item.publishedVersion()), state(CoursewareStatus.WITHDRAWN, item.publishedVersion())));
            return table.find(id).orElseThrow();
        });
    }

    /** The items the caller may see that match, the most recently changed first. */
    public List<CoursewareItem> search(CoursewareQuery query, int offset, int limit) {
        return visible(query).map(q -> table.search(q, offset, limit)).orElse(List.of());
    }

    public long count(CoursewareQuery query) {
        return visible(query).map(table::count).orElse(0L);
    }

    /** Empty for an unknown item and, for all but the province, an unpublished one (the refusal recorded). */
    public Optional<CoursewareItem> find(CoursewareId id) {
        Caller caller = policy.caller();
        Optional<CoursewareItem> item = table.find(id);
        if (item.isPresent() && !curator(caller) && !item.get().published()) {
            policy.refused(caller, "courseware", id.value());
            return Optional.empty();
        }
        return item;
    }

    /** The item's versions the caller may open, the newest first. */
    public List<CoursewareVersion> versions(CoursewareId id) {
        Caller caller = policy.caller();
        return find(id).map(item -> table.versions(id).stream()
                .filter(v -> curator(caller) || item.publishedVersion() != null && v.number() <= item.publishedVersion())
                .toList()).orElse(List.of());
    }

    /** A short-lived download link to one version the caller may open. */
    public URI downloadUrl(CoursewareId id, int number) {
        return versions(id).stream().filter(v -> v.number() == number).findFirst()
                .map(v -> objects.presignedUrl(v.objectKey()))
                .orElseThrow(() -> new CoursewareException("courseware.error.no-such-version", String.valueOf(number)));
    }

    public CoursewareProperties limits() {
        return properties;
    }

    private CoursewareItem item(CoursewareId id) {
        return table.find(id).orElseThrow(() -> notFound(id));
    }

    private Optional<CoursewareQuery> visible(CoursewareQuery query) {
        if (curator(policy.caller())) {
            return Optional.of(query);
        }
        if (query.status() != null && query.status() != CoursewareStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(new CoursewareQuery(query.text(), query.courseType(), CoursewareStatus.PUBLISHED));
    }

    private StagedUpload receive(InputStream content) {
        try {
            return StagedUpload.receive(content, properties.limits());
        } catch (UploadRefusedException e) {
            throw switch (e.reason()) {
                case EMPTY -> new CoursewareException("courseware.error.empty", "");
                case UNSUPPORTED_TYPE -> new CoursewareException("courseware.error.type", "");
                case TOO_LARGE -> new CoursewareException("courseware.error.too-large", readable(e.limitBytes()));
            };
        }
    }

    /** A limit as people write it: whole megabytes when it is some, else kilobytes. */
    static String readable(long bytes) {
        long mb = 1024 * 1024;
        return bytes >= mb && bytes % mb == 0 ? bytes / mb + " MB" : Math.ceilDiv(bytes, 1024) + " KB";
    }

    private Caller requireCurator(String operation) {
        Caller caller = policy.caller();
        if (!curator(caller)) {
            throw policy.refusal(caller, operation);
        }
        return caller;
    }

    private static boolean curator(Caller caller) {
        return caller.isSystem() || caller.is(Role.PROVINCE_ADMIN);
    }

    private static NewCourseware validated(NewCourseware item) {
        String title = bounded(item.title(), MAX_TITLE, "courseware.error.title");
        if (title.isEmpty()) {
            throw new CoursewareException("courseware.error.title", String.valueOf(MAX_TITLE));
        }
        String module = bounded(item.module(), MAX_MODULE, "courseware.error.module");
        if (module.isEmpty()) {
            throw new CoursewareException("courseware.error.module", String.valueOf(MAX_MODULE));
        }
        if (item.courseTypes().isEmpty()) {
            throw new CoursewareException("courseware.error.course-types", "");
        }
        return new NewCourseware(title, item.courseTypes(), module,
                bounded(item.knowledgePoint(), MAX_KNOWLEDGE_POINT, "courseware.error.knowledge-point"),
                bounded(item.description(), MAX_DESCRIPTION, "courseware.error.description"));
    }

    private static String bounded(String value, int max, String errorKey) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new CoursewareException(errorKey, String.valueOf(max));
        }
        return stripped;
    }

    private static String fileName(String fileName) {
        // Only the last path segment, without control characters: it becomes a download name.
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.length() > MAX_FILE_NAME) {
            throw new CoursewareException("courseware.error.file-name", String.valueOf(MAX_FILE_NAME));
        }
        return name;
    }

    private static CoursewareException notFound(CoursewareId id) {
        return new CoursewareException("courseware.error.not-found", String.valueOf(id.value()));
    }

    private static String state(CoursewareStatus status, @Nullable Integer version) {
        return status + (version == null ? "" : " v" + version);
    }
}
