package org.rosterbridge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Real PostgreSQL for tests: one embedded server (zonky's binaries) per test JVM, started on first use and
 * stopped at exit, and a fresh empty database per call. One server per JVM because starting one costs seconds
 * and a database per test keeps tests independent.
 */
public final class EmbeddedPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private EmbeddedPostgres() {}

    /** Creates an empty database named {@code prefix_N} and returns its JDBC URL (user {@code postgres}). */
    public static String newDatabase(String prefix) {
        return jdbcUrl(create(prefix));
    }

    /** Creates an empty database named {@code prefix_N} and returns its name. */
    public static String create(String prefix) {
        String name = prefix + "_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** The JDBC URL of the database {@code name} (user {@code postgres}). */
    public static String jdbcUrl(String name) {
        return Server.INSTANCE.getJdbcUrl("postgres", name);
    }

    /** A data source for the database {@code name}. */
    public static DataSource dataSource(String name) {
        return Server.INSTANCE.getDatabase("postgres", name);
    }

    /** Drops a database at once, closing its connections: many databases make the server slow to delete at exit. */
    public static void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection c = Server.INSTANCE.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run: " + sql, e);
        }
    }

    /** Started on first use only (the holder idiom), so tests that never ask pay nothing. */
    private static final class Server {
        static final io.zonky.test.db.postgres.embedded.EmbeddedPostgres INSTANCE = start();

        private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start() {
            try {
                var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void close(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
            try {
                server.close();
            } catch (IOException e) {
                // The JVM is exiting; zonky's own cleanup removes what is left of the data directory.
            }
        }
    }
}
