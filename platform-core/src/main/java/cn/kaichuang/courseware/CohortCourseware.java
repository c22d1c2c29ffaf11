package cn.kaichuang.courseware;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.courseware.internal.CohortCoursewareLink;
import cn.kaichuang.courseware.internal.CohortCoursewareLinks;
import cn.kaichuang.courseware.internal.CohortLinkWriter;
import cn.kaichuang.courseware.internal.CoursewareObjects;
import cn.kaichuang.courseware.internal.CoursewareTable;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The courseware of the current institution's cohorts. The institution admin attaches published
 * items to a cohort; whoever reaches the cohort ({@link Cohorts#find}: its lecturer, its trainees,
 * the institution's staff) lists and opens them. A cohort the caller does not reach is "not found".
 */
@Service
public class CohortCourseware {

    private final Cohorts cohorts;
    private final CoursewareTable table;
    private final CoursewareObjects objects;
    private final CohortCoursewareLinks links;
    private final CohortLinkWriter writer;
    private final AccessPolicy policy;
    private final Clock clock;

    CohortCourseware(Cohorts cohorts, CoursewareTable table, CoursewareObjects objects, CohortCoursewareLinks links,
            CohortLinkWriter writer, AccessPolicy policy, Optional<Clock> clock) {
        this.cohorts = cohorts;
        this.table = table;
        this.objects = objects;
        this.links = links;
        this.writer = writer;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * Attaches a published item, or changes the version of one already attached.
     *
     * @param pinnedVersion a published version to keep to, or null to follow the latest published one
     */
    public void attach(CohortId cohortId, CoursewareId coursewareId, @Nullable Integer pinnedVersion) {
        Caller caller = policy.writerOfCurrentTenant("courseware.attach");
        cohort(cohortId);
        CoursewareItem item = table.find(coursewareId).filter(CoursewareItem::published)
                .orElseThrow(() -> new CoursewareException("courseware.error.not-found",
                        String.valueOf(coursewareId.value())));
        if (pinnedVersion != null && (item.publishedVersion() == null || pinnedVersion > item.publishedVersion()
                || table.version(coursewareId, pinnedVersion).isEmpty())) {
            throw new CoursewareException("courseware.error.no-such-version", String.valueOf(pinnedVersion));
        }
        writer.attach(cohortId.value(), coursewareId.value(), pinnedVersion, caller.username(), clock.instant());
    }

    public void detach(CohortId cohortId, CoursewareId coursewareId) {
        policy.writerOfCurrentTenant("courseware.detach");
        cohort(cohortId);
        if (!writer.detach(cohortId.value(), coursewareId.value())) {
            throw new CoursewareException("courseware.error.not-attached", String.valueOf(coursewareId.value()));
        }
    }

    /**
     * The cohort's courseware in the order attached; empty for a cohort the caller does not reach.
     * Lecturers and trainees see only what opens; staff also see withdrawn items.
     */
    public List<CohortCoursewareEntry> of(CohortId cohortId) {
        Optional<CohortView> cohort = cohorts.find(cohortId);
        if (cohort.isEmpty()) {
            return List.of();
        }
        List<CohortCoursewareLink> attached = links.findByCohortIdOrderByIdAsc(cohortId.value());
        Map<Long, CoursewareItem> items = table.findAll(attached.stream()
                        .map(link -> new CoursewareId(link.coursewareId())).toList()).stream()
                .collect(Collectors.toMap(item -> item.id().value(), Function.identity()));
        boolean staff = staff(policy.caller());
        return attached.stream().filter(link -> items.containsKey(link.coursewareId()))
                .map(link -> entry(cohortId, items.get(link.coursewareId()), link.pinnedVersion()))
                .filter(entry -> staff || entry.openable())
                .toList();
    }

    /** A short-lived link to the cohort's version of the item. */
    public URI open(CohortId cohortId, CoursewareId coursewareId) {
        CohortCoursewareEntry entry = of(cohortId).stream().filter(e -> e.item().id().equals(coursewareId)).findFirst()
                .orElseThrow(() -> new CoursewareException("courseware.error.not-found",
                        String.valueOf(coursewareId.value())));
        CoursewareVersion version = entry.version();
        if (version == null) {
            throw new CoursewareException("courseware.error.withdrawn", entry.item().title());
        }
        return objects.presignedUrl(version.objectKey());
    }

    private CohortCoursewareEntry entry(CohortId cohortId, CoursewareItem item, @Nullable Integer pinned) {
        Integer number = pinned != null ? pinned : item.publishedVersion();
        CoursewareVersion version = item.published() && number != null
                ? table.version(item.id(), number).orElse(null)
                : null;
        return new CohortCoursewareEntry(cohortId, item, pinned, version);
    }

    private void cohort(CohortId cohortId) {
        if (cohorts.find(cohortId).isEmpty()) {
            throw new CoursewareException("courseware.error.cohort-not-found", String.valueOf(cohortId.value()));
        }
    }

    private static boolean staff(Caller caller) {
        return !caller.is(Role.TRAINEE) && !caller.is(Role.LECTURER);
    }
}
