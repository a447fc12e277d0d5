package org.rosterbridge.scheduler;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh, empty databases for tests: H2 in PostgreSQL mode, and real PostgreSQL from zonky's jars. */
final class Databases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Databases() {}

    static DataSource h2(String extraSettings) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:scheduler-" + COUNTER.incrementAndGet() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1"
                + extraSettings);
        return dataSource;
    }

    /** Closes what {@link #postgres()} opened; nothing for H2, whose in-memory databases live until exit. */
    static void close(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
            // Dropped at once: a data directory holding a database per test took over 30 s to delete at exit.
            execute("DROP DATABASE IF EXISTS " + pool.getPoolName() + " WITH (FORCE)");
        }
    }

    /** A new database in the one embedded server this test JVM starts (and stops at exit). */
    static DataSource postgres() {
        EmbeddedPostgres server = Postgres.SERVER;
        String name = "scheduler_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name);
        // Pooled, as in production: PostgreSQL forks a process per connection, and db-scheduler and our
        // tables take a connection per statement.
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(server.getDatabase("postgres", name));
        pool.setMaximumPoolSize(8);
        pool.setPoolName(name);
        return new HikariDataSource(pool);
    }

    private static void execute(String sql) {
        try (Connection c = Postgres.SERVER.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    /** Started on first use only, so H2-only runs never pay for it. */
    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void close(EmbeddedPostgres server) {
            try {
                server.close();
            } catch (IOException e) {
                // The JVM is exiting; the server's temporary directory goes with zonky's own cleanup.
            }
        }
    }
}
