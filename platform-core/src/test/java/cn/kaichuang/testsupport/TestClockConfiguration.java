package cn.kaichuang.testsupport;

import java.time.Instant;
import org.springframework.context.annotation.Bean;

/**
 * A {@link MutableClock} bean, for tests to {@code @Import}. Deliberately not a
 * {@code @Configuration}: the core's component scan would pick that up in every context.
 */
public class TestClockConfiguration {

    public static final Instant START = Instant.parse("2026-11-28T02:00:00Z");

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }
}
