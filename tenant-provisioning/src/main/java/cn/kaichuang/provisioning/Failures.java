package cn.kaichuang.provisioning;

import cn.kaichuang.storage.ObjectStoreException;
import cn.kaichuang.tenancy.TenancyException;
import org.jspecify.annotations.Nullable;

/** The one line printed for a failed command. */
final class Failures {

    private Failures() {
    }

    static String describe(RuntimeException failure) {
        // These carry messages written for operators; anything else is explained by its root cause.
        if (failure instanceof CommandFailure || failure instanceof TenancyException
                || failure instanceof ObjectStoreException) {
            return oneLine(failure.getMessage());
        }
        return "Failed: " + rootMessage(failure);
    }

    static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = root(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName() : oneLine(root.getMessage());
    }

    /** Messages of the driver and of S3 servers may span lines; the console gets one. */
    static String oneLine(@Nullable String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
