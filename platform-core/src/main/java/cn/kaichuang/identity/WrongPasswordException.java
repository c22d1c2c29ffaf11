package cn.kaichuang.identity;

/** The current password given to change it was not the account's password. */
public class WrongPasswordException extends IllegalArgumentException {

    public static final String MESSAGE_KEY = "password.change.wrong-current";

    public WrongPasswordException() {
        super("The current password is wrong");
    }
}
