package cn.kaichuang.exam;

import java.util.List;
import java.util.stream.Collectors;

/** The bank (less what the candidate already saw) cannot fill the blueprint; every short line named. */
public class InfeasibleBlueprintException extends ExamException {

    private final List<Shortfall> shortfalls;

    public InfeasibleBlueprintException(List<Shortfall> shortfalls) {
        super("exam.error.infeasible", shortfalls.stream().map(Shortfall::message).collect(Collectors.joining("；")));
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }
}
