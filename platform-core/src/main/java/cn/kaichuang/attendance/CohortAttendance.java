package cn.kaichuang.attendance;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One cohort's attendance: its sessions, how many have been held (started), and how many each
 * enrolled trainee attended.
 */
public record CohortAttendance(CohortView cohort, int sessions, int sessionsHeld, List<TraineeId> roster,
        Map<TraineeId, Integer> attended) {

    public CohortAttendance {
        roster = List.copyOf(roster);
        attended = Map.copyOf(attended);
    }

    public boolean recorded() {
        return sessionsHeld > 0;
    }

    /** Share of the sessions held so far that the trainee attended; empty before the first session. */
    public OptionalInt percentOf(TraineeId trainee) {
        return sessionsHeld == 0 ? OptionalInt.empty()
                : OptionalInt.of(Math.round(100f * attended.getOrDefault(trainee, 0) / sessionsHeld));
    }

    /** Attendances over possible attendances (held sessions times enrolled trainees). */
    public OptionalInt ratePercent() {
        if (sessionsHeld == 0 || roster.isEmpty()) {
            return OptionalInt.empty();
        }
        int total = roster.stream().mapToInt(t -> attended.getOrDefault(t, 0)).sum();
        return OptionalInt.of(Math.round(100f * total / (sessionsHeld * roster.size())));
    }

    /** Trainees whose share of held sessions is below {@code minPercent}, in roster order. */
    public List<TraineeId> below(int minPercent) {
        return recorded() ? roster.stream().filter(t -> percentOf(t).orElse(0) < minPercent).toList() : List.of();
    }
}
