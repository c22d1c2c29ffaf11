package cn.kaichuang.review.internal;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the platform itself. An expert reads plans of institutions other than their own,
 * which the submission service would refuse; the review service checks the assignment first and
 * then reads that single plan on the platform's behalf.
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
