package cn.kaichuang.cohort.internal;

import cn.kaichuang.cohort.CohortStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a cohort's lifecycle, kept as its history; never changed once written. */
@Entity
@Table(name = "cohort_transition")
public class CohortTransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cohort_id")
    private long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private CohortStatus from = CohortStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private CohortStatus to = CohortStatus.DRAFT;

    private String actor = "";

    private @Nullable String reason;

    private Instant at = Instant.EPOCH;

    protected CohortTransitionRecord() {
    }

    public CohortTransitionRecord(long cohortId, CohortStatus from, CohortStatus to, String actor,
            @Nullable String reason, Instant at) {
        this.cohortId = cohortId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
    }

    public long cohortId() {
        return cohortId;
    }

    public CohortStatus from() {
        return from;
    }

    public CohortStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public @Nullable String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }
}
