package cn.kaichuang.storage;

/**
 * The file types the platform accepts, each recognised by its content ({@link ContentSniffer}),
 * never by the name or the type the browser claims.
 */
public enum SniffedType {
    PDF("application/pdf", "pdf", ContentKind.DOCUMENT),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", ContentKind.DOCUMENT),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", ContentKind.DOCUMENT),
    MP4("video/mp4", "mp4", ContentKind.VIDEO),
    PNG("image/png", "png", ContentKind.IMAGE),
    JPEG("image/jpeg", "jpg", ContentKind.IMAGE);

    private final String mimeType;
    private final String extension;
    private final ContentKind kind;

    SniffedType(String mimeType, String extension, ContentKind kind) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.kind = kind;
    }

    public String mimeType() {
        return mimeType;
    }

    /** Without the dot; used for object keys and download names. */
    public String extension() {
        return extension;
    }

    public ContentKind kind() {
        return kind;
    }
}
