package cn.kaichuang.outreach;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareId;
import cn.kaichuang.courseware.CoursewareItem;
import cn.kaichuang.courseware.CoursewareVersion;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.outreach.internal.CourseTable;
import cn.kaichuang.outreach.internal.OutreachTransaction;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The province's premium courses (SV-3): bundles of published courseware open to every trainee,
 * during and after training, with each trainee's progress (furthest page, seconds spent).
 */
@Service
public class PremiumCourses {

    public record Course(long id, String title, String description, List<Item> items) {
    }

    /** One courseware item of a course, as far as the caller may see it. */
    public record Item(CoursewareId courseware, String title, String module) {
    }

    public record Progress(long courseId, CoursewareId courseware, String tenant, String username, String displayName,
            int pages, int seconds) {
    }

    static final int MAX_PAGES = 10_000;
    static final int MAX_SECONDS = 24 * 3600;

    private final CourseTable table;
    private final CoursewareCatalogue courseware;
    private final OutreachTransaction transaction;
    private final OutreachAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    PremiumCourses(CourseTable table, CoursewareCatalogue courseware, OutreachTransaction transaction,
            OutreachAccess access, AuditTrail audit, Optional<Clock> clock) {
        this.table = table;
        this.courseware = courseware;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** @throws OutreachException if an item is unknown or not published, or none is given */
    public long create(String title, String description, List<CoursewareId> items) {
        Caller caller = access.requireProvince("course.create");
        String name = Texts.required(title, 200, "outreach.error.title");
        String text = Texts.optional(description, 2000, "outreach.error.description");
        List<CoursewareId> distinct = items.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new OutreachException("outreach.error.course-empty");
        }
        for (CoursewareId id : distinct) {
            CoursewareItem item = courseware.find(id)
                    .orElseThrow(() -> new OutreachException("outreach.error.courseware", String.valueOf(id.value())));
            if (!item.published()) {
                throw new OutreachException("outreach.error.courseware", item.title());
            }
        }
        return transaction.call(() -> {
            long id = table.insert(name, text, distinct.stream().map(CoursewareId::value).toList(), caller.username(),
                    clock.instant());
            audit.recordPlatform(AuditEvent.created("premium-course", id, name));
            return id;
        });
    }

    /** Every course with the items the caller may open (withdrawn courseware drops out). */
    public List<Course> catalogue() {
        access.caller();
        return table.all().stream().map(this::course).toList();
    }

    public Optional<Course> find(long id) {
        access.caller();
        return table.find(id).map(this::course);
    }

    /** A short-lived link to the published file of one item of a course. */
    public URI open(long courseId, CoursewareId item) {
        requireItem(courseId, item);
        List<CoursewareVersion> versions = courseware.versions(item);
        if (versions.isEmpty()) {
            throw new OutreachException("outreach.error.not-found", String.valueOf(item.value()));
        }
        return courseware.downloadUrl(item, versions.getFirst().number());
    }

    /** Records the calling trainee's progress: the page reached and the seconds spent since the last record. */
    public void record(long courseId, CoursewareId item, int page, int seconds) {
        Participant me = access.requireTrainee("course.progress");
        if (page < 0 || page > MAX_PAGES || seconds < 0 || seconds > MAX_SECONDS) {
            throw new OutreachException("outreach.error.progress");
        }
        requireItem(courseId, item);
        transaction.run(() -> table.record(courseId, item.value(), me.tenant(), me.username(), me.displayName(), page,
                seconds, clock.instant()));
    }

    /** The calling trainee's progress in a course, by item. */
    public Map<CoursewareId, Progress> mine(long courseId) {
        Participant me = access.requireTrainee("course.progress");
        return table.progressOf(courseId, me.tenant(), me.username()).stream().map(PremiumCourses::progress)
                .collect(Collectors.toMap(Progress::courseware, Function.identity()));
    }

    /** Every trainee's progress in a course, for the province and prefectures. */
    public List<Progress> progress(long courseId) {
        Caller caller = access.requireCurator("course.progress-all");
        return table.progress(courseId).stream().map(PremiumCourses::progress).toList();
    }

    private void requireItem(long courseId, CoursewareId item) {
        if (table.find(courseId).isEmpty() || !table.items(courseId).contains(item.value())) {
            throw new OutreachException("outreach.error.not-found", String.valueOf(item.value()));
        }
    }

    private Course course(CourseTable.Row row) {
        List<Item> items = table.items(row.id()).stream().map(CoursewareId::new)
                .flatMap(id -> courseware.find(id).filter(CoursewareItem::published).stream())
                .map(c -> new Item(c.id(), c.title(), c.module())).toList();
        return new Course(row.id(), row.title(), row.description(), items);
    }

    private static Progress progress(CourseTable.ProgressRow row) {
        return new Progress(row.courseId(), new CoursewareId(row.coursewareId()), row.tenant(), row.username(),
                row.displayName(), row.pages(), row.seconds());
    }
}
