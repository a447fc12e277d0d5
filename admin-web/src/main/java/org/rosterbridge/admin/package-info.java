/**
 * The school administrator's web UI: server-rendered pages (jte) on Javalin, backed by the app database that
 * {@code sync} fills and the {@code scheduler} that runs syncs.
 *
 * <p>{@link org.rosterbridge.admin.AdminWeb} is the module's one entry point; it takes {@link
 * org.rosterbridge.admin.AdminSettings} and returns a running server. Everything else is package-private.
 */
package org.rosterbridge.admin;
