package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.SessionId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record TaskView(TaskId id, CohortId cohort, @Nullable SessionId session, TaskKind kind, String title,
        String description, @Nullable ResourceId resource, Instant due, String publishedBy, Instant publishedAt) {
}
