package cn.kaichuang.supervision.internal;

import cn.kaichuang.cohort.CohortCensus;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.supervision.ConsoleMetric;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one institution's census into the console's per-institution figures (certificates come from SQL). */
final class CensusFigures {

    record Figure(ConsoleMetric metric, String dimension, long value) {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final Set<CohortStatus> COMPLETED = EnumSet.of(CohortStatus.COMPLETED, CohortStatus.ARCHIVED);
    /** A cohort that ran (or was to run) by its dates; drafts and unapproved applications never did. */
    private static final Set<CohortStatus> HELD = EnumSet.of(CohortStatus.APPROVED, CohortStatus.RUNNING);

    private CensusFigures() {
    }

    static List<Figure> of(CohortCensus.Result census, LocalDate today) {
        Map<String, Figure> sums = new LinkedHashMap<>();
        for (CohortCensus.Line c : census.cohorts()) {
            String type = c.courseType().name();
            add(sums, ConsoleMetric.COHORTS_BY_STATUS, c.status().name(), 1);
            add(sums, ConsoleMetric.COHORTS_BY_TYPE, type, 1);
            add(sums, ConsoleMetric.ENROLMENTS_BY_TYPE, type, c.enrolled());
            add(sums, ConsoleMetric.ENROLMENTS_BY_MONTH, c.startDate().format(MONTH), c.enrolled());
            boolean completed = COMPLETED.contains(c.status());
            if (completed || HELD.contains(c.status()) && c.endDate().isBefore(today)) {
                add(sums, ConsoleMetric.ENDED_ENROLMENTS_BY_TYPE, type, c.enrolled());
            }
            if (completed) {
                add(sums, ConsoleMetric.COMPLETED_ENROLMENTS_BY_TYPE, type, c.enrolled());
            }
        }
        add(sums, ConsoleMetric.INSTITUTIONS, ConsoleMetric.ALL, 1);
        add(sums, ConsoleMetric.TRAINEES, ConsoleMetric.ALL, census.trainees());
        add(sums, ConsoleMetric.LECTURERS, ConsoleMetric.ALL, census.lecturers());
        return new ArrayList<>(sums.values().stream().filter(f -> f.value() != 0).toList());
    }

    private static void add(Map<String, Figure> sums, ConsoleMetric metric, String dimension, long value) {
        sums.merge(metric + "/" + dimension, new Figure(metric, dimension, value),
                (a, b) -> new Figure(metric, dimension, a.value() + b.value()));
    }
}
