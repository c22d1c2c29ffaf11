package cn.kaichuang.evaluation;

import java.time.LocalDateTime;

/** An occasion the signed-in trainee may still evaluate. */
public record PendingEvaluation(Occasion occasion, String cohortName, String topic, String lecturerName,
        LocalDateTime at) {
}
