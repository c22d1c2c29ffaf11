package cn.kaichuang.provisioning.keycloak;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo steps of a multi-step change, run in reverse order when a later step fails. An undo
 * that fails itself is attached to the original failure, and the remaining undos still run.
 */
final class Compensation {

    private final Deque<Runnable> undos = new ArrayDeque<>();

    void onFailure(Runnable undo) {
        undos.push(undo);
    }

    RuntimeException rollBack(RuntimeException failure) {
        while (!undos.isEmpty()) {
            try {
                undos.pop().run();
            } catch (RuntimeException undoFailure) {
                failure.addSuppressed(undoFailure);
            }
        }
        return failure;
    }
}
