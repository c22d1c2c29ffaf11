package cn.kaichuang.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The institution the current thread works for. Set by the web layer from the login, by
 * jobs per tenant and by the CLI; always restored in {@code finally}. There is no default
 * tenant: tenant data accessed without one fails instead of reading someone else's.
 */
public final class TenantContext {

    /** The MDC key of the current institution in log lines. */
    public static final String LOG_KEY = "tenant";

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
        // Every log line written meanwhile names the institution (a field of structured logs).
        MDC.put(LOG_KEY, tenant.value());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
                MDC.remove(LOG_KEY);
            } else {
                CURRENT.set(previous);
                MDC.put(LOG_KEY, previous.value());
            }
        }
    }
}
