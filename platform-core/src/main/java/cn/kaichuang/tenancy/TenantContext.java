package cn.kaichuang.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The institution the current thread works for. Set by the web layer from the login, by
 * jobs per tenant and by the CLI; always restored in {@code finally}. There is no default
 * tenant: tenant data accessed without one fails instead of reading someone else's.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantCode> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantCode> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static TenantCode require() {
        return current().orElseThrow(() -> new IllegalStateException("No institution selected for this thread"));
    }

    public static void run(TenantCode tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(TenantCode tenant, Supplier<T> work) {
        TenantCode previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
