package cn.kaichuang.storage;

/**
 * An upload the platform does not take; nothing of it was stored. Features turn the reason into
 * a localized message.
 */
public class UploadRefusedException extends RuntimeException {

    public enum Reason {
        EMPTY,
        UNSUPPORTED_TYPE,
        TOO_LARGE
    }

    private final Reason reason;
    private final long limitBytes;

    public UploadRefusedException(Reason reason, long limitBytes) {
        super("Upload refused: " + reason + (reason == Reason.TOO_LARGE ? " (limit " + limitBytes + " bytes)" : ""));
        this.reason = reason;
        this.limitBytes = limitBytes;
    }

    public Reason reason() {
        return reason;
    }

    /** The size limit that was exceeded, for {@link Reason#TOO_LARGE}; otherwise 0. */
    public long limitBytes() {
        return limitBytes;
    }
}
