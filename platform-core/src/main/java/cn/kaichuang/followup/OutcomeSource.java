package cn.kaichuang.followup;

/** Where an outcome came from: the trainee's own answer, staff who phoned them, or an import. */
public enum OutcomeSource {
    TRAINEE, PHONE, IMPORT
}
