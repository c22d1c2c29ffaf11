package cn.kaichuang.courseware.internal;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a cohort's courseware in the institution's schema, each with its entry in the
 * institution's audit chain in one transaction. Kept apart from the service, whose platform-table
 * reads must not run on this transaction's (institution-role) connection.
 */
@Component
public class CohortLinkWriter {

    private final CohortCoursewareLinks links;
    private final AuditTrail audit;

    CohortLinkWriter(CohortCoursewareLinks links, AuditTrail audit) {
        this.links = links;
        this.audit = audit;
    }

    @Transactional
    public void attach(long cohortId, long coursewareId, @Nullable Integer pinnedVersion, String by, Instant at) {
        String subject = cohortId + "/" + coursewareId;
        String after = pinnedVersion == null ? "latest" : "v" + pinnedVersion;
        links.findByCohortIdAndCoursewareId(cohortId, coursewareId).ifPresentOrElse(link -> {
            Integer before = link.pinnedVersion();
            link.pin(pinnedVersion, by, at);
            audit.record(AuditEvent.changed("cohort-courseware.pinned", "cohort-courseware", subject,
                    before == null ? "latest" : "v" + before, after));
        }, () -> {
            links.save(new CohortCoursewareLink(cohortId, coursewareId, pinnedVersion, by, at));
            audit.record(AuditEvent.changed("cohort-courseware.attached", "cohort-courseware", subject, null, after));
        });
    }

    @Transactional
    public boolean detach(long cohortId, long coursewareId) {
        return links.findByCohortIdAndCoursewareId(cohortId, coursewareId).map(link -> {
            links.delete(link);
            audit.record(AuditEvent.changed("cohort-courseware.detached", "cohort-courseware",
                    cohortId + "/" + coursewareId, link.pinnedVersion() == null ? "latest" : "v" + link.pinnedVersion(),
                    null));
            return true;
        }).orElse(false);
    }
}
