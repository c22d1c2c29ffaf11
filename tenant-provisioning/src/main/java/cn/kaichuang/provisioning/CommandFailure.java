package cn.kaichuang.provisioning;

/** A command that could not be carried out; the message is the one line the operator sees. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
