package cn.kaichuang.protection;

/** Text that is not an IPv4 or IPv6 address or network in CIDR notation. */
public class InvalidCidrException extends IllegalArgumentException {

    public static final String MESSAGE_KEY = "firewall.error.invalid-cidr";

    public InvalidCidrException(String text) {
        super("Not an IP address or CIDR network: '" + text + "'");
    }
}
