package cn.kaichuang.outreach;

import org.jspecify.annotations.Nullable;

/** Checks of what people type, each failure a localized {@link OutreachException}. */
final class Texts {

    private Texts() {
    }

    static String required(@Nullable String value, int max, String errorKey) {
        String stripped = optional(value, max, errorKey);
        if (stripped.isEmpty()) {
            throw new OutreachException(errorKey, String.valueOf(max));
        }
        return stripped;
    }

    static String optional(@Nullable String value, int max, String errorKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new OutreachException(errorKey, String.valueOf(max));
        }
        return stripped;
    }

    /** Only the last path segment, without control characters: it becomes a download name. */
    static String fileName(String fileName, int max) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.length() > max) {
            throw new OutreachException("outreach.error.file-name", String.valueOf(max));
        }
        return name;
    }
}
