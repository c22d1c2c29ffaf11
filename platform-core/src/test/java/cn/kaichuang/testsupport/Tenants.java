package cn.kaichuang.testsupport;

import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;

/** Creates institutions for tests, once per code and context. */
public final class Tenants {

    private Tenants() {
    }

    public static TenantCode ensure(TenantProvisioning provisioning, TenantDirectory directory, String code) {
        TenantCode tenant = TenantCode.of(code);
        if (directory.find(tenant).isEmpty()) {
            provisioning.create(tenant, "测试机构 " + code, "430100");
        }
        return tenant;
    }
}
