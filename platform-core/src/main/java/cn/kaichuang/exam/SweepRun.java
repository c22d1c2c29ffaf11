package cn.kaichuang.exam;

import java.util.List;

/** What one sweep submitted, and the institutions it could not sweep. */
public record SweepRun(int submitted, List<String> failed) {

    public SweepRun {
        failed = List.copyOf(failed);
    }
}
