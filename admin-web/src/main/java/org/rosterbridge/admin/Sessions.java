package org.rosterbridge.admin;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions, in memory: the cookie carries only a random 256-bit id. A restart signs everyone
 * out, and several nodes need sticky routing (or a shared store later); both are acceptable for an admin UI
 * used by a few people. Idle sessions expire after {@code idle}. Thread-safe.
 */
final class Sessions {

    static final String COOKIE = "rb_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Duration idle;
    private final InstantSource clock;

    Sessions(Duration idle, InstantSource clock) {
        this.idle = idle;
        this.clock = clock;
    }

    Session anonymous() {
        return create(Optional.empty());
    }

    /** A new session for {@code admin}; the old one (if any) is dropped so a planted id is worthless. */
    Session signIn(String oldId, AdminUsers.Admin admin) {
        byId.remove(oldId);
        return create(Optional.of(admin));
    }

    void drop(String id) {
        byId.remove(id);
    }

    /** The live session with this id, touched; an expired one is removed. */
    Optional<Session> find(String id) {
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeen().plus(idle).isBefore(clock.instant())) {
            byId.remove(id);
            return Optional.empty();
        }
        session.touch(clock.instant());
        return Optional.of(session);
    }

    /** Removes expired sessions; called now and then so abandoned anonymous sessions don't pile up. */
    void sweep() {
        byId.values().removeIf(s -> s.lastSeen().plus(idle).isBefore(clock.instant()));
    }

    long idleSeconds() {
        return idle.toSeconds();
    }

    private Session create(Optional<AdminUsers.Admin> admin) {
        Session session = new Session(randomId(), randomId(), admin, clock.instant());
        byId.put(session.id(), session);
        return session;
    }

    static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
