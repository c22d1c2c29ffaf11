package cn.kaichuang.cohort;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in a cohort's history: who moved it from where to where, when, and why if they said. */
public record TransitionView(CohortStatus from, CohortStatus to, String actor, @Nullable String reason, Instant at) {
}
