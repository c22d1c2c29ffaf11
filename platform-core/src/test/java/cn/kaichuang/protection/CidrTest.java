package cn.kaichuang.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void ipv4NetworksContainTheirAddressesOnly() throws Exception {
        Cidr net = Cidr.parse("10.20.0.0/16");
        assertThat(net.contains(InetAddress.getByName("10.20.255.1"))).isTrue();
        assertThat(net.contains(InetAddress.getByName("10.21.0.1"))).isFalse();
        assertThat(net.contains(InetAddress.getByName("::1"))).isFalse();
    }

    @Test
    void ipv6NetworksContainTheirAddressesOnly() throws Exception {
        Cidr net = Cidr.parse("2001:db8:abcd::/48");
        assertThat(net.contains(InetAddress.getByName("2001:db8:abcd:12::1"))).isTrue();
        assertThat(net.contains(InetAddress.getByName("2001:db8:abce::1"))).isFalse();
        assertThat(net.contains(InetAddress.getByName("10.0.0.1"))).isFalse();
    }

    @Test
    void hostBitsAreClearedAndABareAddressIsANetworkOfOne() throws Exception {
        assertThat(Cidr.parse(" 10.1.2.3/8 ")).hasToString("10.0.0.0/8");
        Cidr one = Cidr.parse("192.0.2.7");
        assertThat(one).hasToString("192.0.2.7/32");
        assertThat(one.contains(InetAddress.getByName("192.0.2.8"))).isFalse();
        assertThat(Cidr.parse("2001:db8::1")).hasToString("2001:db8:0:0:0:0:0:1/128");
    }

    @Test
    void rejectsWhatIsNotACidrLiteralWithoutAskingDns() {
        for (String bad : new String[] {"", "example.com", "abc", "10.0.0.0/33", "2001:db8::/129", "10.0.0/8",
                "10.0.0.0/x", "300.1.1.1", "1.2.3.4/-1", "gg::1"}) {
            assertThatThrownBy(() -> Cidr.parse(bad)).as(bad).isInstanceOf(InvalidCidrException.class);
        }
    }
}
