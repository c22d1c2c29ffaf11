package cn.kaichuang.certificate;

/**
 * A refused certificate operation. The message is a key of the UI's translations
 * ({@code certificate.error.*}); the argument names what was refused.
 */
public class CertificateException extends RuntimeException {

    private final String argument;

    public CertificateException(String messageKey, String argument) {
        super(messageKey);
        this.argument = argument;
    }

    public String messageKey() {
        return getMessage();
    }

    public String argument() {
        return argument;
    }
}
