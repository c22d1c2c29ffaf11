package cn.kaichuang.teaching;

import cn.kaichuang.notification.DueDateSource;
import cn.kaichuang.teaching.internal.TeachingTable;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Trainees are reminded of teaching tasks they have not completed before the due date (TS-3). */
@Component
class TaskDueDates implements DueDateSource {

    private final TeachingTable table;

    TaskDueDates(TeachingTable table) {
        this.table = table;
    }

    @Override
    public List<DueItem> dueBefore(Instant now, Instant until) {
        return table.dueAndOpen(now, until).stream()
                .map(t -> new DueItem("teaching-task:" + t.taskId(), t.username(), t.title(), t.dueAt(),
                        "my-task/" + t.taskId()))
                .toList();
    }
}
