package cn.kaichuang.supervision;

import cn.kaichuang.cohort.CohortCensus;
import java.time.Instant;

/** One institution read live from its own schema: the console's drill-down. */
public record LiveInstitution(SupervisedInstitution institution, CohortCensus.Result census, Instant readAt) {
}
