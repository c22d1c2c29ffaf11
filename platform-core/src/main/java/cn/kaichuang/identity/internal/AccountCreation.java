package cn.kaichuang.identity.internal;

import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.NewAccount;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantCode;

/**
 * Who opens which accounts: the platform (CLI, seeding) any; the province the accounts of the
 * authorities (its one function that writes); an institution admin the staff and trainee
 * accounts of their own institution. Everyone else none.
 */
final class AccountCreation {

    private AccountCreation() {
    }

    static boolean allowed(Caller caller, NewAccount account) {
        if (caller.isSystem()) {
            return true;
        }
        if (caller.is(Role.PROVINCE_ADMIN)) {
            return !account.role().boundToInstitution();
        }
        TenantCode tenant = account.tenant();
        return caller.is(Role.INSTITUTION_ADMIN) && tenant != null && tenant.value().equals(caller.tenant());
    }
}
