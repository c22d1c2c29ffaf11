package cn.kaichuang.provisioning;

/** The command line asks for something that cannot be right; exit status 2, nothing touched. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
