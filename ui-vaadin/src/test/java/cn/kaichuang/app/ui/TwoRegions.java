package cn.kaichuang.app.ui;

import cn.kaichuang.identity.LocalAccounts;
import cn.kaichuang.identity.NewAccount;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;

/**
 * Two institutions of their own, in 长沙 (430100) and 株洲 (430200), with an admin each and a
 * province and a 长沙 prefecture account, for view tests that change data: they run without the
 * demo ({@code kaichuang.demo.enabled=false}), so the demo's figures stay as other tests expect.
 */
public final class TwoRegions {

    public static final TenantCode CHANGSHA = TenantCode.of("ui-changsha");
    public static final TenantCode ZHUZHOU = TenantCode.of("ui-zhuzhou");
    public static final String ADMIN = "ui-admin";
    public static final String PROVINCE = "ui-province";
    public static final String PREFECTURE = "ui-changsha-pref";
    private static final String PASSWORD = "Roster#Check01";

    private TwoRegions() {
    }

    public static void ensure(TenantProvisioning provisioning, TenantDirectory tenants, LocalAccounts accounts) {
        if (tenants.find(CHANGSHA).isEmpty()) {
            provisioning.create(CHANGSHA, "长沙测试培训学校", "430100");
        }
        if (tenants.find(ZHUZHOU).isEmpty()) {
            provisioning.create(ZHUZHOU, "株洲测试培训中心", "430200");
        }
        if (accounts.findByUsername(ADMIN).isEmpty()) {
            accounts.create(new NewAccount(ADMIN, "长沙管理员", PASSWORD, Role.INSTITUTION_ADMIN, CHANGSHA, null));
            accounts.create(new NewAccount(PROVINCE, "省厅", PASSWORD, Role.PROVINCE_ADMIN, null, null));
            accounts.create(new NewAccount(PREFECTURE, "长沙市局", PASSWORD, Role.PREFECTURE_ADMIN, null, "430100"));
        }
    }
}
