package cn.kaichuang.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointNameTest {

    @Test
    void idsSerialsAndCodesBecomePlaceholdersAndVaadinRequestsKeepTheirKind() {
        assertThat(EndpointName.of("GET", "/", null)).isEqualTo("GET /");
        assertThat(EndpointName.of("POST", "/", "uidl")).isEqualTo("POST /?v-r=uidl");
        assertThat(EndpointName.of("GET", "/cohorts/42", null)).isEqualTo("GET /cohorts/{id}");
        assertThat(EndpointName.of("GET", "/api/v1/certificates/KC2026000123/verify", null))
                .isEqualTo("GET /api/v1/certificates/{id}/verify");
        assertThat(EndpointName.of("GET", "/VAADIN/build/indexhtml-abc123.js", null)).isEqualTo("GET /VAADIN/**");
        assertThat(EndpointName.of("POST", "/", "<script>")).isEqualTo("POST /?v-r=other");
        assertThat(EndpointName.of("GET", "/a/b/c/d/e/f/g/h", null)).isEqualTo("GET /a/b/c/d/e/f/**");
    }
}
