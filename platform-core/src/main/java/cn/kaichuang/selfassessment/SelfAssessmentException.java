package cn.kaichuang.selfassessment;

/** A refused or invalid self-assessment operation; the message is a key ({@code selfassessment.error.*}). */
public class SelfAssessmentException extends RuntimeException {

    public SelfAssessmentException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
