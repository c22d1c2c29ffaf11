package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.teaching.internal.CompletionRecord;
import cn.kaichuang.teaching.internal.ProgressRecord;
import cn.kaichuang.teaching.internal.ResourceRecord;
import cn.kaichuang.teaching.internal.TaskRecord;
import cn.kaichuang.teaching.internal.TeachingTable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Teaching's own statistics columns: resource progress and task completion, from the recorded rows. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeachingFigures implements StatisticsContributor {

    static final String RESOURCE_PROGRESS = "teaching.stat.resource-progress";
    static final String RESOURCES_FINISHED = "teaching.stat.resources-finished";
    static final String TASKS_COMPLETED = "teaching.stat.tasks-completed";
    static final String TASK_RATE = "teaching.stat.task-rate";
    static final String TASKS_OVERDUE = "teaching.stat.tasks-overdue";

    private final TeachingTable table;
    private final Clock clock;

    TeachingFigures(TeachingTable table, Optional<Clock> clock) {
        this.table = table;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<StatisticsColumn> columns() {
        return List.of(new StatisticsColumn(RESOURCE_PROGRESS, StatisticsColumn.Unit.PERCENT),
                new StatisticsColumn(RESOURCES_FINISHED, StatisticsColumn.Unit.COUNT),
                new StatisticsColumn(TASK_RATE, StatisticsColumn.Unit.PERCENT),
                new StatisticsColumn(TASKS_COMPLETED, StatisticsColumn.Unit.COUNT),
                new StatisticsColumn(TASKS_OVERDUE, StatisticsColumn.Unit.COUNT));
    }

    @Override
    public Map<TraineeId, Map<String, Double>> figures(CohortId cohort, List<TraineeId> roster) {
        List<ResourceRecord> resources = table.resources(cohort.value());
        List<TaskRecord> tasks = table.tasks(cohort.value());
        Map<Long, List<ProgressRecord>> progress = table.progressOfCohort(cohort.value()).stream()
                .collect(Collectors.groupingBy(ProgressRecord::traineeId));
        Map<Long, List<CompletionRecord>> completions = table.completionsOfCohort(cohort.value()).stream()
                .collect(Collectors.groupingBy(CompletionRecord::traineeId));
        Instant now = clock.instant();
        Map<TraineeId, Map<String, Double>> figures = new HashMap<>();
        for (TraineeId trainee : roster) {
            Map<String, Double> row = new LinkedHashMap<>();
            List<ProgressRecord> mine = progress.getOrDefault(trainee.value(), List.of());
            if (!resources.isEmpty()) {
                // A resource never opened counts as 0 %.
                double sum = mine.stream().mapToInt(ProgressRecord::percent).sum();
                row.put(RESOURCE_PROGRESS, round(sum / resources.size()));
                row.put(RESOURCES_FINISHED, (double) mine.stream().filter(p -> p.finishedAt() != null).count());
            }
            if (!tasks.isEmpty()) {
                Map<Long, CompletionRecord> done = completions.getOrDefault(trainee.value(), List.of()).stream()
                        .collect(Collectors.toMap(CompletionRecord::taskId, c -> c));
                long completed = done.values().stream()
                        .filter(c -> c.status().equals(CompletionStatus.COMPLETED.name())).count();
                long overdue = tasks.stream().filter(t -> now.isAfter(t.dueAt()))
                        .filter(t -> done.get(t.id()) == null
                                || !done.get(t.id()).status().equals(CompletionStatus.COMPLETED.name()))
                        .count();
                row.put(TASK_RATE, round(completed * 100.0 / tasks.size()));
                row.put(TASKS_COMPLETED, (double) completed);
                row.put(TASKS_OVERDUE, (double) overdue);
            }
            figures.put(trainee, row);
        }
        return figures;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
