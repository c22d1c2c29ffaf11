package cn.kaichuang.identity;

import java.util.Optional;

/** Accounts of the {@code local} login mode, kept in schema {@code platform}. */
public interface LocalAccounts {

    /** Opens an account; throws {@link WeakPasswordException} if the password breaks the policy. */
    Account create(NewAccount account);

    /**
     * Changes a password after checking the current one; throws {@link WrongPasswordException}
     * or {@link WeakPasswordException}, and changes nothing then.
     */
    void changePassword(String username, String currentPassword, String newPassword);

    /** Stores a re-computed hash of the same password (stronger algorithm or cost), for the login. */
    void upgradePasswordHash(String username, String newHash);

    Optional<Account> findByUsername(String username);

    /** The stored password hash, for the login mechanism only. */
    Optional<String> passwordHash(String username);

    long count();
}
