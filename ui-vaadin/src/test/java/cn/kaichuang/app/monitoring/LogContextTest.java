package cn.kaichuang.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What log lines written during a request or a tenant's work carry in their context. */
class LogContextTest {

    private final Map<String, String> seen = new HashMap<>();
    private final FilterChain chain = (request, response) -> {
        seen.put("request_id", MDC.get("request_id"));
        TenantContext.run(TenantCode.of("changsha-xingcheng"), () -> seen.put("tenant", MDC.get("tenant")));
        seen.put("tenant after", MDC.get("tenant"));
    };

    @Test
    void aRequestGetsAnIdInTheLogContextAndTheResponseAndTheTenantIsNamedWhileItWorks() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new RequestIdFilter().doFilter(new MockHttpServletRequest("GET", "/cohorts"), response, chain);

        assertThat(seen.get("request_id")).matches("[0-9a-f-]{36}").isEqualTo(response.getHeader("X-Request-ID"));
        assertThat(seen.get("tenant")).isEqualTo("changsha-xingcheng");
        assertThat(seen.get("tenant after")).isNull();
        assertThat(MDC.get("request_id")).isNull();
    }

    @Test
    void anIdFromTheIngressIsKeptUnlessItIsUnsafeToLog() throws Exception {
        MockHttpServletRequest fromIngress = new MockHttpServletRequest("GET", "/");
        fromIngress.addHeader("X-Request-ID", "5f0c2b9e8a1d4c7f");
        new RequestIdFilter().doFilter(fromIngress, new MockHttpServletResponse(), chain);
        assertThat(seen.get("request_id")).isEqualTo("5f0c2b9e8a1d4c7f");

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.addHeader("X-Request-ID", "x\n2026-11-28 ERROR forged line");
        new RequestIdFilter().doFilter(forged, new MockHttpServletResponse(), chain);
        assertThat(seen.get("request_id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void nestedTenantWorkRestoresTheOuterTenantInTheLogContext() {
        TenantContext.run(TenantCode.of("outer-one"), () -> {
            TenantContext.run(TenantCode.of("inner-one"), () -> assertThat(MDC.get("tenant")).isEqualTo("inner-one"));
            assertThat(MDC.get("tenant")).isEqualTo("outer-one");
        });
        assertThat(MDC.get("tenant")).isNull();
    }
}
