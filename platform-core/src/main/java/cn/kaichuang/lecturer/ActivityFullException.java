package cn.kaichuang.lecturer;

/** Every place of the activity is taken. */
public class ActivityFullException extends IllegalStateException {

    public ActivityFullException(int capacity) {
        super("The activity is full (" + capacity + " places)");
    }
}
