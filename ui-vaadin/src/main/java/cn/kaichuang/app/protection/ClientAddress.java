package cn.kaichuang.app.protection;

import cn.kaichuang.protection.Cidr;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The client's address: the socket's peer, unless {@code server.forward-headers-strategy}
 * makes the container ({@code native}) or Spring's {@code ForwardedHeaderFilter}
 * ({@code framework}) take it from {@code X-Forwarded-For}. Either way it arrives here as
 * {@link HttpServletRequest#getRemoteAddr()}, so a client cannot forge it unless the
 * deployment says a proxy sets that header.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static Optional<InetAddress> of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (remote == null) {
            return Optional.empty();
        }
        // Tomcat may bracket or zone-suffix IPv6 peers; the zone is local to the host.
        String bare = remote.replace("[", "").replace("]", "");
        int zone = bare.indexOf('%');
        return Cidr.literal(zone < 0 ? bare : bare.substring(0, zone));
    }
}
