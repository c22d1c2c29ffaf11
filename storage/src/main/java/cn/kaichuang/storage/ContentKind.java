package cn.kaichuang.storage;

/** What an uploaded file is for the user, which is what size limits are set by. */
public enum ContentKind {
    DOCUMENT,
    VIDEO,
    IMAGE
}
