package cn.kaichuang.exam.internal;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the platform itself. A trainee may not read the question bank, yet their own paper
 * is made of its questions: the attempt service checks the attempt is theirs first, then draws or
 * reads that one paper on the platform's behalf.
 */
public final class AsPlatform {

    private AsPlatform() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
