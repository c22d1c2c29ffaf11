package cn.kaichuang.identity;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Runs one piece of work as the platform itself, for a service that has checked the caller's right
 * to exactly that work first: an expert reads the one plan assigned to them in another institution,
 * a trainee's paper is drawn from a bank they may not browse. Swapping Spring Security's context is
 * no way to do this: inside a Vaadin request, Vaadin's holder strategy answers from the session's
 * context whatever the thread holds, so the expert would stay the expert.
 */
@Component
public class AsPlatform {

    private final ThreadLocal<Boolean> active = new ThreadLocal<>();

    public <T> T call(Supplier<T> work) {
        boolean outermost = active.get() == null;
        active.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (outermost) {
                active.remove();
            }
        }
    }

    boolean active() {
        return active.get() != null;
    }
}
