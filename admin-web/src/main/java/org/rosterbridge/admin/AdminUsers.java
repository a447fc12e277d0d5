package org.rosterbridge.admin;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The {@code admin_users} table. Thread-safe. */
final class AdminUsers {

    /** A signed-in administrator: what a session keeps. */
    record Admin(long id, String name) {}

    private final Jdbi jdbi;

    AdminUsers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Creates the user, or sets a new password when the name exists. Returns the user's id. */
    long createOrReset(String name, char[] password, Instant now) {
        validate(name, password);
        String hash = Passwords.hash(password);
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("update admin_users set password_hash = :p where user_name = :n")
                    .bind("p", hash)
                    .bind("n", name)
                    .execute();
            if (updated == 0) {
                h.createUpdate("insert into admin_users (user_name, password_hash, created_at) values (:n, :p, :t)")
                        .bind("n", name)
                        .bind("p", hash)
                        .bind("t", now.atOffset(java.time.ZoneOffset.UTC))
                        .execute();
            }
            return h.createQuery("select id from admin_users where user_name = :n")
                    .bind("n", name)
                    .mapTo(Long.class)
                    .one();
        });
    }

    /** The admin whose name and password match; the same work is done whether or not the name exists. */
    Optional<Admin> authenticate(String name, char[] password) {
        Optional<Stored> stored = jdbi.withHandle(
                h -> h.createQuery("select id, user_name, password_hash from admin_users where user_name = :n")
                        .bind("n", name)
                        .map((rs, ctx) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3)))
                        .findOne());
        boolean ok = Passwords.matches(password, stored.map(Stored::hash).orElseGet(Decoy::hash));
        return stored.filter(s -> ok).map(s -> new Admin(s.id(), s.name()));
    }

    long count() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from admin_users")
                .mapTo(Long.class)
                .one());
    }

    private static void validate(String name, char[] password) {
        if (!name.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new AdminException("user: 1 to 100 letters, digits or . _ @ -");
        }
        if (password.length < 12) {
            throw new AdminException("password: at least 12 characters");
        }
    }

    private record Stored(long id, String name, String hash) {}

    /** Made on first use: hashing costs a second or so, which start-up should not pay. */
    private static final class Decoy {
        private static final String HASH = Passwords.decoy();

        static String hash() {
            return HASH;
        }
    }
}
