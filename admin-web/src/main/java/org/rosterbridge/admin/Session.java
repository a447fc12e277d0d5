package org.rosterbridge.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One browser's server-side session: an anonymous one (before login, to carry the login form's CSRF token)
 * or a signed-in admin's. Thread-safe: a browser may send requests in parallel.
 */
final class Session {

    private final String id;
    private final String csrf;
    private final Optional<AdminUsers.Admin> admin;
    private final List<Views.Flash> flashes = new ArrayList<>();
    private volatile Instant lastSeen;

    Session(String id, String csrf, Optional<AdminUsers.Admin> admin, Instant now) {
        this.id = id;
        this.csrf = csrf;
        this.admin = admin;
        this.lastSeen = now;
    }

    String id() {
        return id;
    }

    /** The token every non-GET request must echo (form field {@code _csrf} or header {@code X-CSRF-Token}). */
    String csrf() {
        return csrf;
    }

    Optional<AdminUsers.Admin> admin() {
        return admin;
    }

    /** The signed-in admin; only call behind {@link Guard} on a protected route. */
    AdminUsers.Admin signedIn() {
        return admin.orElseThrow(() -> new AdminException("no admin signed in"));
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }

    synchronized void addFlash(Views.Flash flash) {
        flashes.add(flash);
    }

    synchronized List<Views.Flash> takeFlashes() {
        List<Views.Flash> taken = List.copyOf(flashes);
        flashes.clear();
        return taken;
    }
}
