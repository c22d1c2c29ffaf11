package cn.kaichuang.protection;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}; a bare
 * address is a network of one). Host bits are cleared, so {@code 10.1.2.3/8} reads as
 * {@code 10.0.0.0/8}. Only literals are accepted: parsing never asks DNS.
 */
public record Cidr(InetAddress network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    public Cidr {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new InvalidCidrException(network.getHostAddress() + "/" + prefixLength);
        }
        network = masked(network, prefixLength);
    }

    public static Cidr parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress parsed = literal(address).orElseThrow(() -> new InvalidCidrException(text));
        int maxBits = parsed.getAddress().length * 8;
        try {
            int prefix = slash < 0 ? maxBits : Integer.parseInt(trimmed.substring(slash + 1));
            return new Cidr(parsed, prefix);
        } catch (NumberFormatException e) {
            throw new InvalidCidrException(text);
        }
    }

    /** The address of a client, as the servlet container reports it; empty when it is not a literal. */
    public static Optional<InetAddress> literal(String address) {
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.getAddress().length) {
            return false;
        }
        return Arrays.equals(masked(address, prefixLength).getAddress(), network.getAddress());
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    private static InetAddress masked(InetAddress address, int prefix) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            bytes[i] = (byte) (bytes[i] & (0xFF << (8 - keep)));
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("An address of " + bytes.length + " bytes", e);
        }
    }
}
