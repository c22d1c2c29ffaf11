package cn.kaichuang.cohort;

import cn.kaichuang.crypto.IdCardNumber;

/** The institution already has a trainee with this ID-card number. */
public class DuplicateTraineeException extends IllegalStateException {

    public DuplicateTraineeException(IdCardNumber idCard) {
        super("A trainee with ID-card number " + idCard.masked() + " is already registered");
    }
}
