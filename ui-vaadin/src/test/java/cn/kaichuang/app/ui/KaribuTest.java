package cn.kaichuang.app.ui;

import cn.kaichuang.app.AppTest;
import cn.kaichuang.app.security.AccountUserDetails;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.tenancy.TenantContext;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests: the real application context with Vaadin faked by Karibu-Testing.
 * No servlet filters run here, so tests log in through the real {@link UserDetailsService}
 * and open institution views inside {@link #asTenantOf} as the tenant filter would.
 */
@AppTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.kaichuang.app");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Logs in as a Spring Security filter would, and lets Vaadin's access control see it. */
    protected Caller login(String username) {
        AccountUserDetails details = (AccountUserDetails) users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> details.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        return details.caller();
    }

    /** Runs view code as a request of this user would: inside their institution's context. */
    protected static void asTenantOf(Caller user, Runnable work) {
        TenantContext.run(user.tenantCode().orElseThrow(), work);
    }
}
