package cn.kaichuang.backup;

import cn.kaichuang.tenancy.TenancyException;

/** An archive that cannot be imported as it is; nothing was changed. */
public class ArchiveRejectedException extends TenancyException {

    public ArchiveRejectedException(String message) {
        super(message);
    }

    public ArchiveRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
