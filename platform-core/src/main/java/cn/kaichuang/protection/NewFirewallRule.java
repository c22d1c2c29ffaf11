package cn.kaichuang.protection;

import cn.kaichuang.tenancy.TenantCode;
import org.jspecify.annotations.Nullable;

/** An entry to add; the reason is required, so a later admin knows why it is there. */
public record NewFirewallRule(@Nullable TenantCode tenant, FirewallRule.Kind kind, Cidr cidr, String reason) {

    public static final String REASON_REQUIRED = "firewall.error.reason-required";

    public NewFirewallRule {
        reason = reason.strip();
        if (reason.isEmpty() || reason.length() > 200) {
            throw new IllegalArgumentException(REASON_REQUIRED);
        }
    }
}
