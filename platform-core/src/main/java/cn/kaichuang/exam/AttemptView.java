package cn.kaichuang.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's attempt as the exam page shows it: the paper, the answers saved so far (position →
 * shown option positions) and the time the server still allows. {@code sessionToken} identifies the
 * browser that opened it last; saves from any other are refused.
 */
public record AttemptView(long id, long sittingId, String sittingName, int attempt, String sessionToken,
        Instant deadline, Duration remaining, List<ExamItem> items, Map<Integer, List<Integer>> answers,
        int focusLosses, @Nullable AttemptResult result) {

    public AttemptView {
        items = List.copyOf(items);
        answers = Map.copyOf(answers);
    }

    public boolean submitted() {
        return result != null;
    }
}
