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
        assertThat(hash).doesNotContain("S3cret!pass").startsWith("{bcrypt}$2a$12$");
        assertThat(encoder.matches("S3cret!pass", hash)).isTrue();
        assertThat(encoder.matches("wrong", hash)).isFalse();
    }

    @Test
    void droppingATenantRemovesItsAccounts() {
        TenantCode tenant = Tenants.ensure(provisioning, directory, "gone");
        accounts.create(new NewAccount("gone-admin", "管理员", "Dropped#School26", Role.INSTITUTION_ADMIN, tenant, null));
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

    @Test
    void weakPasswordsAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("weak", "弱", "weak-pass", Role.PROVINCE_ADMIN, null, null)))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.violations())
                        .contains(PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_FEW_CLASSES));
        assertThat(accounts.findByUsername("weak")).isEmpty();
    }

    @Test
    void changingAPasswordNeedsTheCurrentOneAndAStrongNewOne() {
        accounts.create(new NewAccount("changer", "改", "Before#2026", Role.PROVINCE_ADMIN, null, null));

        assertThatThrownBy(() -> accounts.changePassword("changer", "not-it", "After#2026x"))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> accounts.changePassword("changer", "Before#2026", "short"))
                .isInstanceOf(WeakPasswordException.class);
        assertThatThrownBy(() -> accounts.changePassword("changer", "Before#2026", "Before#2026"))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.violations()).containsExactly(PasswordPolicy.UNCHANGED));
        assertThat(encoder.matches("Before#2026", accounts.passwordHash("changer").orElseThrow())).isTrue();

        accounts.changePassword("changer", "Before#2026", "After#2026x");
        String hash = accounts.passwordHash("changer").orElseThrow();
        assertThat(encoder.matches("After#2026x", hash)).isTrue();
        assertThat(encoder.matches("Before#2026", hash)).isFalse();
    }

    @Test
    void olderBcryptCostsAreMarkedForUpgradeAndOneHashCostsMeasurableWork() {
        String old = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(10).encode("x");
        assertThat(encoder.upgradeEncoding(old)).isTrue();

        long started = System.nanoTime();
        String current = encoder.encode("Measure#2026");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("bcrypt cost 12: one hash took " + millis + " ms");
        assertThat(encoder.upgradeEncoding(current)).isFalse();
        assertThat(millis).as("a cost-12 hash takes real work").isGreaterThan(50);
    }
}
