package cn.kaichuang.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A trainee's place in a cohort. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "trainee_id")
    private long traineeId;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    protected Enrolment() {
        this.enrolledAt = Instant.EPOCH;
    }

    public Enrolment(long cohortId, long traineeId, Instant enrolledAt) {
        this.cohortId = cohortId;
        this.traineeId = traineeId;
        this.enrolledAt = enrolledAt;
    }

    public long cohortId() {
        return cohortId;
    }

    public long traineeId() {
        return traineeId;
    }
}
