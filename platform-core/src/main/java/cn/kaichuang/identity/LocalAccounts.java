package cn.kaichuang.identity;

import java.util.Optional;

/** Accounts of the {@code local} login mode, kept in schema {@code platform}. */
public interface LocalAccounts {

    Account create(NewAccount account);

    Optional<Account> findByUsername(String username);

    /** The stored password hash, for the login mechanism only. */
    Optional<String> passwordHash(String username);

    long count();
}
