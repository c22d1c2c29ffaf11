package cn.kaichuang.courseware.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A courseware item a cohort uses, at a pinned version or (null) the latest published one. */
@Entity
@Table(name = "cohort_courseware")
public class CohortCoursewareLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "courseware_id")
    private long coursewareId;

    @Column(name = "pinned_version")
    private @Nullable Integer pinnedVersion;

    @Column(name = "attached_by")
    private String attachedBy;

    @Column(name = "attached_at")
    private Instant attachedAt;

    protected CohortCoursewareLink() {
        this.attachedBy = "";
        this.attachedAt = Instant.EPOCH;
    }

    public CohortCoursewareLink(long cohortId, long coursewareId, @Nullable Integer pinnedVersion, String attachedBy,
            Instant attachedAt) {
        this.cohortId = cohortId;
        this.coursewareId = coursewareId;
        this.pinnedVersion = pinnedVersion;
        this.attachedBy = attachedBy;
        this.attachedAt = attachedAt;
    }

    public long cohortId() {
        return cohortId;
    }

    public long coursewareId() {
        return coursewareId;
    }

    public @Nullable Integer pinnedVersion() {
        return pinnedVersion;
    }

    public void pin(@Nullable Integer version, String by, Instant at) {
        this.pinnedVersion = version;
        this.attachedBy = by;
        this.attachedAt = at;
    }
}
