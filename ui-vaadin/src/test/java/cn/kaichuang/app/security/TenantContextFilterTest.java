package cn.kaichuang.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class TenantContextFilterTest {

    private final TenantContextFilter filter = new TenantContextFilter();
    private final AtomicReference<Optional<TenantCode>> seen = new AtomicReference<>();

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInstitutionsUserWorksInItsTenantForTheRequestOnly() throws Exception {
        login(new Caller("admin1", "管理员", Role.INSTITUTION_ADMIN, "changsha-xingcheng", null));

        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), recordTenant());

        assertThat(seen.get()).contains(TenantCode.of("changsha-xingcheng"));
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void authoritiesAndAnonymousRequestsHaveNoTenant() throws Exception {
        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), recordTenant());
        assertThat(seen.get()).isEmpty();

        login(new Caller("province", "省", Role.PROVINCE_ADMIN, null, null));
        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), recordTenant());
        assertThat(seen.get()).isEmpty();
    }

    @Test
    void theTenantIsClearedWhenTheRequestFails() {
        login(new Caller("trainee1", "学员", Role.TRAINEE, "zhuzhou-yandi", null));
        FilterChain failing = (request, response) -> {
            throw new IOException("client went away");
        };

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), failing))
                .isInstanceOf(IOException.class).hasMessage("client went away");
        assertThat(TenantContext.current()).isEmpty();

        FilterChain servletFailure = (request, response) -> {
            throw new ServletException("view failed");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                servletFailure)).isInstanceOf(ServletException.class).hasMessage("view failed");
        assertThat(TenantContext.current()).isEmpty();
    }

    private FilterChain recordTenant() {
        return (request, response) -> seen.set(TenantContext.current());
    }

    private static void login(Caller user) {
        AccountUserDetails details = new AccountUserDetails(user, "{noop}x", true, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
