package cn.kaichuang.teaching;

import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.SessionId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A task to publish.
 *
 * @param session one session of the cohort's timetable the task belongs to, or null for the whole cohort
 * @param resource the resource to study or video to watch; required for those kinds, ignored otherwise
 */
public record NewTask(CohortId cohort, @Nullable SessionId session, TaskKind kind, String title, String description,
        @Nullable ResourceId resource, Instant due) {
}
