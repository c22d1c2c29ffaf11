package cn.kaichuang.cohort;

/** Another lecturer of the institution already holds this qualification certificate number. */
public class DuplicateQualificationException extends IllegalStateException {

    public DuplicateQualificationException(String qualificationNo) {
        super("Qualification certificate " + qualificationNo + " is already registered in this institution");
    }
}
