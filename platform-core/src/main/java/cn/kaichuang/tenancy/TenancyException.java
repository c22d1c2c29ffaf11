package cn.kaichuang.tenancy;

/** A tenancy operation that cannot be carried out; the message is meant for the operator. */
public class TenancyException extends RuntimeException {

    public TenancyException(String message) {
        super(message);
    }

    public TenancyException(String message, Throwable cause) {
        super(message, cause);
    }
}
