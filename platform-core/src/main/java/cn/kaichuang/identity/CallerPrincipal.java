package cn.kaichuang.identity;

/**
 * Implemented by the principal of every login mechanism (local accounts, Keycloak OIDC), so
 * that core services learn who calls them from Spring Security's context without knowing how
 * the person logged in.
 */
public interface CallerPrincipal {

    Caller caller();
}
