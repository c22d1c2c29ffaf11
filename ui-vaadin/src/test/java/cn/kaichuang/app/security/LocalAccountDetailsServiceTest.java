package cn.kaichuang.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.app.AppTest;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.NewAccount;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantProvisioning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.TestPropertySource;

/** Local login over the platform's accounts; an empty platform of its own (no demo). */
@AppTest
@TestPropertySource(properties = "kaichuang.demo.enabled=false")
class LocalAccountDetailsServiceTest {

    @Autowired
    LocalAccountDetailsService service;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    TenantProvisioning provisioning;

    @Test
    void anAccountCarriesItsRoleTenantAndRegion() {
        TenantCode tenant = TenantCode.of("login-active");
        provisioning.create(tenant, "登录测试机构", "430400");
        accounts.create(new NewAccount("teacher", "李老师", "Lesson#Plan01", Role.LECTURER, tenant, null));
        accounts.create(new NewAccount("hengyang", "衡阳市", "Xiangjiang#02", Role.PREFECTURE_ADMIN, null, "430400"));

        AccountUserDetails teacher = (AccountUserDetails) service.loadUserByUsername("teacher");
        assertThat(teacher.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LECTURER");
        assertThat(teacher.caller()).isEqualTo(new Caller("teacher", "李老师", Role.LECTURER, "login-active", null));
        assertThat(teacher.getPassword()).startsWith("{bcrypt}");
        assertThat(teacher.isAccountNonLocked()).isTrue();

        AccountUserDetails prefecture = (AccountUserDetails) service.loadUserByUsername("hengyang");
        assertThat(prefecture.caller().regionCode()).isEqualTo("430400");
        assertThat(prefecture.caller().tenantCode()).isEmpty();
    }

    @Test
    void accountsOfASuspendedInstitutionCannotLogIn() {
        TenantCode tenant = TenantCode.of("login-suspended");
        provisioning.create(tenant, "停用测试机构", "430500");
        accounts.create(new NewAccount("suspended-admin", "王", "Closed#Pass03", Role.INSTITUTION_ADMIN, tenant, null));
        provisioning.suspend(tenant);

        UserDetails details = service.loadUserByUsername("suspended-admin");
        assertThat(details.isAccountNonLocked()).isFalse();
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThatThrownBy(() -> service.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }
}
