package cn.kaichuang.review;

public enum AssignmentState {
    ASSIGNED, SCORED
}
