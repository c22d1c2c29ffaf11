package cn.kaichuang.teaching;

import cn.kaichuang.storage.SniffedType;
import java.util.Optional;

/** How a resource is studied: a video is watched, a PDF read page by page, slides and images opened. */
public enum ResourceKind {
    VIDEO,
    PDF,
    SLIDES,
    IMAGE;

    /** Empty for a type that is no teaching resource (a Word document). */
    public static Optional<ResourceKind> of(SniffedType type) {
        return switch (type) {
            case MP4 -> Optional.of(VIDEO);
            case PDF -> Optional.of(PDF);
            case PPTX -> Optional.of(SLIDES);
            case PNG, JPEG -> Optional.of(IMAGE);
            case DOCX -> Optional.empty();
        };
    }
}
