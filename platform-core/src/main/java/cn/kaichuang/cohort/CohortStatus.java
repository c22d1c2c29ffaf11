package cn.kaichuang.cohort;

/**
 * Where a cohort stands in its lifecycle: an institution drafts it, submits the application
 * (开班申请), the prefecture (or the province) approves or returns it, it runs, completes
 * (结业) and is archived.
 */
public enum CohortStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    RUNNING,
    COMPLETED,
    ARCHIVED
}
