package cn.kaichuang.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** values.schema.json and the template checks turn bad values into errors at install time. */
class ValuesSchemaTest {

    @Test
    void rejectsAReplicaCountThatIsNotANumber() {
        assertThatThrownBy(() -> Chart.template().set("replicaCount", "three").render())
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("at '/replicaCount': got string, want integer");
    }

    @Test
    void rejectsAMistypedKey() {
        assertThatThrownBy(() -> Chart.template().set("replicas", 3).render())
                .hasMessageContaining("additional properties 'replicas' not allowed");
    }

    @Test
    void rejectsAnUnknownSecurityMode() {
        assertThatThrownBy(() -> Chart.template().set("security.mode", "ldap").render())
                .hasMessageContaining("at '/security/mode': value must be one of 'local', 'oidc'");
    }

    @Test
    void rejectsAnEmptySecretName() {
        assertThatThrownBy(() -> Chart.template().set("crypto.existingSecret", "").render())
                .hasMessageContaining("at '/crypto/existingSecret': minLength");
    }

    @Test
    void rejectsAnActiveKeyThatNoSecretHolds() {
        assertThatThrownBy(() -> Chart.template().set("crypto.activeKey", "k9").render())
                .hasMessageContaining("crypto.activeKey \"k9\" is not among crypto.keys ids");
    }

    @Test
    void rejectsOidcWithoutAnIssuer() {
        assertThatThrownBy(() -> Chart.template().set("security.mode", "oidc").render())
                .hasMessageContaining("security.mode=oidc needs keycloak.issuerUri");
    }
}
