package cn.kaichuang.provisioning.keycloak;

import cn.kaichuang.tenancy.TenantCode;
import java.util.Optional;

/**
 * Where an institution's people log in. Each method either completes or undoes what it did
 * before failing, so that the caller only has to undo its own steps.
 */
public interface InstitutionIdentities {

    /** For a platform without an identity provider (local accounts). */
    InstitutionIdentities NONE = new InstitutionIdentities() {
        @Override
        public Optional<FirstAdmin> create(TenantCode tenant, String name, String adminUsername) {
            return Optional.empty();
        }

        @Override
        public int suspend(TenantCode tenant) {
            return 0;
        }

        @Override
        public int resume(TenantCode tenant) {
            return 0;
        }

        @Override
        public int drop(TenantCode tenant) {
            return 0;
        }
    };

    /** Creates the institution's organization and its first admin. */
    Optional<FirstAdmin> create(TenantCode tenant, String name, String adminUsername);

    /** Disables the accounts that work only for this institution and ends their sessions; how many. */
    int suspend(TenantCode tenant);

    /** Enables them again; how many. */
    int resume(TenantCode tenant);

    /** Removes the organization and the accounts that worked only for this institution; how many accounts. */
    int drop(TenantCode tenant);
}
