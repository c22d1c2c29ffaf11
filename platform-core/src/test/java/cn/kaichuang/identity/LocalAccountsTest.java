package cn.kaichuang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@PlatformTest
class LocalAccountsTest {

    private final LocalAccounts accounts;
    private final PasswordEncoder encoder;
    private final TenantProvisioning provisioning;
    private final TenantDirectory directory;

    @Autowired
    LocalAccountsTest(LocalAccounts accounts, PasswordEncoder encoder, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.provisioning = provisioning;
        this.directory = directory;
    }

    @Test
    void storesOnlyAHashAndKeepsTheTenantBinding() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "accounts");
        Account created = accounts.create(new NewAccount("lecturer-x", "王老师", "S3cret!pass", Role.LECTURER, tenant, null));

        assertThat(created.tenant()).isEqualTo(tenant);
        assertThat(created.role()).isEqualTo(Role.LECTURER);
        String hash = accounts.passwordHash("lecturer-x").orElseThrow();
        assertThat(hash).doesNotContain("S3cret!pass").startsWith("{bcrypt}");
        assertThat(encoder.matches("S3cret!pass", hash)).isTrue();
        assertThat(encoder.matches("wrong", hash)).isFalse();
    }

    @Test
    void droppingATenantRemovesItsAccounts() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "gone");
        accounts.create(new NewAccount("gone-admin", "管理员", "pw-123456", Role.INSTITUTION_ADMIN, tenant, null));
        provisioning.drop(tenant);
        assertThat(accounts.findByUsername("gone-admin")).isEmpty();
    }

    @Test
    void rolesAndBindingsMustAgree() {
        assertThatThrownBy(() -> new NewAccount("t", "t", "p", Role.TRAINEE, null, null))
                .hasMessageContaining("needs an institution");
        assertThatThrownBy(() -> new NewAccount("p", "p", "p", Role.PROVINCE_ADMIN, TenantCode.of("xx"), null))
                .hasMessageContaining("has no institution");
        assertThatThrownBy(() -> new NewAccount("c", "c", "p", Role.PREFECTURE_ADMIN, null, null))
                .hasMessageContaining("region code");
    }
}
