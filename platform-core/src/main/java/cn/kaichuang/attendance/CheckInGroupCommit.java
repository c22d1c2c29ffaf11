package cn.kaichuang.attendance;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of the check-ins' writes. Every check-in (and every refusal) appends to its
 * institution's audit chain, whose links are serial: one transaction at a time holds the chain's
 * lock from the append until its commit, so one commit per check-in caps the rate at one commit
 * latency per check-in. Here one writer thread takes whatever writes have queued (up to
 * {@value #MAX_BATCH}), and runs each institution's share in one transaction: each write as its
 * caller, in order, returning its audit event; then all the events join the chain at once
 * ({@link AuditTrail#recordAll}: one lock, one read of the last link, one batched insert), each
 * naming its own caller, and one commit covers all.
 * A write and its audit entry still commit together or not at all; a refusal inside a write
 * ({@link CheckInRefusedException}) keeps the batch going with the refusal's audit entry; any other
 * failure fails the whole batch, and so every request in it, with nothing written. Callers wait
 * without holding a connection, so the writer always gets one.
 */
@Component
class CheckInGroupCommit implements DisposableBean {

    static final int MAX_BATCH = 200;

    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final LinkedBlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;

    CheckInGroupCommit(PlatformTransactionManager transactionManager, AuditTrail audit) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.writer = Thread.ofPlatform().name("check-in-group-commit").daemon().unstarted(this::drain);
        this.writer.start();
    }

    /**
     * Runs {@code work} in the current institution's next batch as the current caller and waits for
     * its commit; returns its result or throws its refusal (whose audit entry has committed). The
     * work records its audit event through the {@link Entries} it is given, not the trail.
     */
    <T> T write(Function<Entries, T> work) {
        SecurityContext caller = SecurityContextHolder.createEmptyContext();
        caller.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Write<T> write = new Write<>(TenantContext.require(), caller, work, new CompletableFuture<>());
        queue.add(write);
        try {
            return write.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the check-in was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void drain() {
        List<Write<?>> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            Map<TenantCode, List<Write<?>>> byTenant = new LinkedHashMap<>();
            batch.forEach(w -> byTenant.computeIfAbsent(w.tenant(), t -> new ArrayList<>()).add(w));
            byTenant.forEach(this::commit);
            batch.clear();
        }
    }

    private void commit(TenantCode tenant, List<Write<?>> writes) {
        List<Runnable> outcomes = new ArrayList<>(writes.size());
        try {
            TenantContext.run(tenant, () -> transaction.executeWithoutResult(status -> {
                Entries entries = new Entries(new ArrayList<>(), new ArrayList<>());
                for (Write<?> write : writes) {
                    outcomes.add(write.runAs(entries));
                }
                audit.recordAll(entries.actors(), entries.events());
            }));
        } catch (RuntimeException | Error failure) {
            // Rolled back: nobody's write happened.
            writes.forEach(w -> w.result().completeExceptionally(failure));
            return;
        }
        // Only after the commit does anyone hear that their check-in counts.
        outcomes.forEach(Runnable::run);
    }

    @Override
    public void destroy() {
        writer.interrupt();
    }

    /** The audit events of one batch, in order, each with who it names. */
    record Entries(List<String> actors, List<AuditEvent> events) {

        void add(String actor, AuditEvent event) {
            actors.add(actor);
            events.add(event);
        }
    }

    private record Write<T>(TenantCode tenant, SecurityContext caller, Function<Entries, T> work,
            CompletableFuture<T> result) {

        /** Runs the work as its caller; returns how to tell the caller once committed. */
        Runnable runAs(Entries entries) {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(caller);
            try {
                T value = work.apply(entries);
                return () -> result.complete(value);
            } catch (CheckInRefusedException refusal) {
                return () -> result.completeExceptionally(refusal);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
