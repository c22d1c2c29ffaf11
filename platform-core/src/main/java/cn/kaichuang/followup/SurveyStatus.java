package cn.kaichuang.followup;

public enum SurveyStatus {
    OPEN, ANSWERED
}
