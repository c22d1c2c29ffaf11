package cn.kaichuang.followup;

/** A model-trainee proposal: waiting for the province, returned for revision, or published. */
public enum ModelTraineeStatus {
    PROPOSED, RETURNED, PUBLISHED
}
