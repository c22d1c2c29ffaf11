package cn.kaichuang.certificate;

import cn.kaichuang.cohort.Ids.TraineeId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a trainee may get a certificate, and why not: message keys of the rules not met
 * ({@code certificate.unmet.attendance}, {@code .exam}, {@code .plan}). An audited manual
 * override makes a trainee eligible whatever the evidence says.
 *
 * @param certificate the serial of the valid certificate already issued, if any
 */
public record Eligibility(TraineeId trainee, String traineeName, List<String> unmet, @Nullable String overrideReason,
        @Nullable String certificate) {

    public boolean eligible() {
        return overrideReason != null || unmet.isEmpty();
    }

    public boolean issuable() {
        return eligible() && certificate == null;
    }
}
