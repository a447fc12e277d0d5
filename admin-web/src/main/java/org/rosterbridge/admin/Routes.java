package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;

/**
 * A feature's routes. {@link AdminWeb} registers each feature with one line; the shared before-filter
 * ({@link Guard}) has already checked the session and the CSRF token by the time a handler runs, so a
 * handler reads the signed-in admin with {@link Guard#session(io.javalin.http.Context)}.
 *
 * <p>Conventions: pages are {@code GET /feature/...} rendered through {@link Views}; forms {@code POST} and
 * redirect (303) with a flash ({@link Views#flash}); JSON lives under {@code /api/...}.
 */
interface Routes {
    void register(RoutesConfig routes);
}
