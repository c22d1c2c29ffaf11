package cn.kaichuang.provisioning.keycloak;

/** The institution's first admin; the password is temporary and shown to the operator once. */
public record FirstAdmin(String username, String temporaryPassword) {

    @Override
    public String toString() {
        return "FirstAdmin[" + username + "]";
    }
}
