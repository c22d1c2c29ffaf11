package cn.kaichuang.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * What a lecturer sees of their evaluations: how many there are, and the averages only once
 * there are at least {@link Evaluations#MIN_ANSWERS}, so that no single trainee's answer can
 * be read back.
 */
public record LecturerSummary(int answers, @Nullable Averages averages, int unread) {

    public boolean shown() {
        return averages != null;
    }
}
