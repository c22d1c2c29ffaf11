package cn.kaichuang.tenancy.internal;

import cn.kaichuang.tenancy.TenancyException;

class MigrationFailedException extends TenancyException {

    MigrationFailedException(String schema, Throwable cause) {
        super("Migration of schema " + schema + " failed: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
