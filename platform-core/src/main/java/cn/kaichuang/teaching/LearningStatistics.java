package cn.kaichuang.teaching;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.teaching.internal.CompletionRecord;
import cn.kaichuang.teaching.internal.TeachingTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning statistics of the institution's cohorts (TS-8), for the cohort's lecturer and the
 * institution's admin: per trainee the columns of every {@link StatisticsContributor}, the cohort's
 * averages and each task's completions, all computed from the recorded rows when asked.
 */
@Service
@Transactional(readOnly = true)
public class LearningStatistics {

    private final TeachingAccess access;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final TeachingTable table;
    private final List<StatisticsContributor> contributors;

    LearningStatistics(TeachingAccess access, Cohorts cohorts, Trainees trainees, TeachingTable table,
            List<StatisticsContributor> contributors) {
        this.access = access;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.table = table;
        this.contributors = List.copyOf(contributors);
    }

    /** Every column, in the contributors' order. */
    public List<StatisticsColumn> columns() {
        return contributors.stream().flatMap(c -> c.columns().stream()).toList();
    }

    /** Empty for a cohort the caller does not run (the refusal is recorded). */
    public Optional<CohortStatistics> of(CohortId cohortId) {
        return access.staffView(cohortId).map(this::statistics);
    }

    /** The statistics of every cohort the caller runs, the latest start first. */
    public List<CohortStatistics> overview() {
        if (!TeachingAccess.staff(access.caller())) {
            return List.of();
        }
        return cohorts.all().stream().map(this::statistics).toList();
    }

    private CohortStatistics statistics(CohortView cohort) {
        List<TraineeId> roster = cohorts.roster(cohort.id());
        List<StatisticsColumn> columns = columns();
        List<Map<TraineeId, Map<String, Double>>> parts = new ArrayList<>();
        for (StatisticsContributor contributor : contributors) {
            parts.add(contributor.figures(cohort.id(), roster));
        }
        List<TraineeStatistics> rows = roster.stream().map(trainee -> {
            Map<String, Double> figures = new LinkedHashMap<>();
            parts.forEach(part -> figures.putAll(part.getOrDefault(trainee, Map.of())));
            return new TraineeStatistics(trainee, trainees.find(trainee).map(TraineeView::name)
                    .orElse("#" + trainee.value()), figures);
        }).sorted(Comparator.comparing(TraineeStatistics::name)).toList();
        Map<String, Double> averages = new LinkedHashMap<>();
        for (StatisticsColumn column : columns) {
            OptionalDouble mean = rows.stream().map(r -> r.figure(column.key())).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).average();
            mean.ifPresent(m -> averages.put(column.key(), TeachingFigures.round(m)));
        }
        List<CompletionRecord> completions = table.completionsOfCohort(cohort.id().value());
        List<TaskCompletionCount> tasks = table.tasks(cohort.id().value()).stream().map(t -> new TaskCompletionCount(
                new TaskId(t.id()), t.title(),
                (int) completions.stream().filter(c -> c.taskId() == t.id()
                        && c.status().equals(CompletionStatus.COMPLETED.name())).count(),
                (int) completions.stream().filter(c -> c.taskId() == t.id()
                        && c.status().equals(CompletionStatus.RETURNED.name())).count(),
                roster.size())).toList();
        return new CohortStatistics(cohort.id(), cohort.name(), columns, rows, averages, tasks);
    }
}
