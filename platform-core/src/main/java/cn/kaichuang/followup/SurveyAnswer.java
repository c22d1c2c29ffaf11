package cn.kaichuang.followup;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's answer to a follow-up survey.
 *
 * @param registrationNumber the business's unified social credit code, when they started one
 * @param jobsCreated people the business employs besides the founder
 * @param employed whether they are employed (by someone else)
 */
public record SurveyAnswer(boolean startedBusiness, @Nullable String registrationNumber,
        @Nullable Industry industry, int jobsCreated, boolean employed, Set<Need> needs) {

    public SurveyAnswer {
        needs = Set.copyOf(needs);
    }

    /** Checks the answer and returns it normalised; a business needs its code and industry. */
    public SurveyAnswer checked() {
        if (!startedBusiness) {
            return new SurveyAnswer(false, null, null, 0, employed, needs);
        }
        if (registrationNumber == null || registrationNumber.isBlank()) {
            throw new FollowupException("followup.error.credit-code-missing");
        }
        String code = new CreditCode(registrationNumber).value();
        if (industry == null) {
            throw new FollowupException("followup.error.industry-missing");
        }
        if (jobsCreated < 0 || jobsCreated > 100_000) {
            throw new FollowupException("followup.error.jobs");
        }
        return new SurveyAnswer(true, code, industry, jobsCreated, employed, needs);
    }
}
