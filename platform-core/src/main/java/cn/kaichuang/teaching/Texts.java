package cn.kaichuang.teaching;

import cn.kaichuang.storage.UploadRefusedException;
import java.util.Locale;

/** Cleaning what users type and naming what they uploaded wrongly. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** @param fieldKey the translation key of the field, for the message */
    static String required(String text, int max, String fieldKey) {
        String clean = clean(text);
        if (clean.isEmpty()) {
            throw new TeachingException("teaching.error.required", fieldKey);
        }
        return bounded(clean, max, fieldKey);
    }

    static String bounded(String text, int max, String fieldKey) {
        String clean = clean(text);
        if (clean.length() > max) {
            throw new TeachingException("teaching.error.too-long", fieldKey, String.valueOf(max));
        }
        return clean;
    }

    static String fileName(String fileName, int max, String fallback) {
        String name = clean(fileName);
        // Browsers on Windows may send the full path.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > max ? name.substring(name.length() - max) : name;
    }

    static TeachingException refused(UploadRefusedException e, String typeKey) {
        return switch (e.reason()) {
            case EMPTY -> new TeachingException("teaching.error.file-empty");
            case UNSUPPORTED_TYPE -> new TeachingException(typeKey);
            case TOO_LARGE -> new TeachingException("teaching.error.file-too-large",
                    e.limitBytes() >= 1024 * 1024 ? e.limitBytes() / (1024 * 1024) + " MB"
                            : e.limitBytes() / 1024 + " KB");
        };
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.0f", Math.floor(seconds));
    }
}
