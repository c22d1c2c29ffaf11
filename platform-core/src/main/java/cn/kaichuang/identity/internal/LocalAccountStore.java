package cn.kaichuang.identity.internal;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.identity.Account;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.NewAccount;
import cn.kaichuang.identity.PasswordPolicy;
import cn.kaichuang.identity.Role;
import cn.kaichuang.identity.WeakPasswordException;
import cn.kaichuang.identity.WrongPasswordException;
import cn.kaichuang.tenancy.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The table {@code platform.account}. */
@Component
class LocalAccountStore implements LocalAccounts {

    private static final String SELECT =
            "select id, username, display_name, role, tenant_code, region_code, enabled from platform.account";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final AccessPolicy policy;

    LocalAccountStore(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditTrail audit, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.policy = policy;
    }

    @Override
    public Account create(NewAccount account) {
        Caller caller = policy.caller();
        if (!AccountCreation.allowed(caller, account)) {
            throw policy.refusal(caller, "account.create");
        }
        PasswordPolicy.check(account.username(), account.rawPassword());
        TenantCode tenant = account.tenant();
        jdbc.sql("insert into platform.account (username, display_name, password_hash, role, tenant_code, region_code)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(account.username(), account.displayName(), passwordEncoder.encode(account.rawPassword()),
                        account.role().name(), tenant == null ? null : tenant.value(), account.regionCode())
                .update();
        Account created = findByUsername(account.username()).orElseThrow();
        audit.recordPlatform(AuditEvent.created("account", created.id(), created));
        return created;
    }

    @Override
    public void changePassword(String username, String currentPassword, String newPassword) {
        String hash = passwordHash(username).orElseThrow(WrongPasswordException::new);
        if (!passwordEncoder.matches(currentPassword, hash)) {
            throw new WrongPasswordException();
        }
        PasswordPolicy.check(username, newPassword);
        if (passwordEncoder.matches(newPassword, hash)) {
            throw new WeakPasswordException(List.of(PasswordPolicy.UNCHANGED));
        }
        storeHash(username, passwordEncoder.encode(newPassword));
        // The digests cover only the fact of a change: hashes stay out of the audit trail.
        audit.recordPlatform(AuditEvent.changed("account.password-changed", "account", username, null, null));
    }

    @Override
    public void upgradePasswordHash(String username, String newHash) {
        storeHash(username, newHash);
    }

    private void storeHash(String username, String hash) {
        jdbc.sql("update platform.account set password_hash = ? where username = ?").params(hash, username).update();
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(SELECT + " where username = ?").param(username).query(LocalAccountStore::row).optional();
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from platform.account where username = ?").param(username)
                .query(String.class).optional();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from platform.account").query(Long.class).single();
    }

    private static Account row(ResultSet rs, int rowNum) throws SQLException {
        String tenant = rs.getString("tenant_code");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), tenant == null ? null : TenantCode.of(tenant),
                rs.getString("region_code"), rs.getBoolean("enabled"));
    }
}
