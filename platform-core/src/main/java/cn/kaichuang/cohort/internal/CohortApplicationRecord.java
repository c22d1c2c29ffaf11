package cn.kaichuang.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The application (开班申请) of one cohort, edited while the cohort is a draft or returned. */
@Entity
@Table(name = "cohort_application")
public class CohortApplicationRecord {

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "teaching_plan")
    private String teachingPlan = "";

    private String resources = "";

    @Column(name = "assessment_plan")
    private String assessmentPlan = "";

    @Column(name = "co_lecturers")
    private String coLecturers = "";

    @Column(name = "plan_document")
    private @Nullable String planDocument;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    protected CohortApplicationRecord() {
    }

    public CohortApplicationRecord(long cohortId) {
        this.cohortId = cohortId;
    }

    public void update(String teachingPlan, String resources, String assessmentPlan, Collection<Long> coLecturers,
            @Nullable String planDocument, Instant at) {
        this.teachingPlan = teachingPlan;
        this.resources = resources;
        this.assessmentPlan = assessmentPlan;
        this.coLecturers = coLecturers.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.planDocument = planDocument;
        this.updatedAt = at;
    }

    public long cohortId() {
        return cohortId;
    }

    public String teachingPlan() {
        return teachingPlan;
    }

    public String resources() {
        return resources;
    }

    public String assessmentPlan() {
        return assessmentPlan;
    }

    public List<Long> coLecturers() {
        return coLecturers.isBlank() ? List.of()
                : Arrays.stream(coLecturers.split(",")).map(Long::valueOf).toList();
    }

    public @Nullable String planDocument() {
        return planDocument;
    }
}
