package org.rosterbridge.admin;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.rosterbridge.scheduler.Scheduler;

/**
 * The app database as the admin UI sees it: one pool, and the admin tables migrated from {@code db/admin}
 * with their own history table ({@code admin_schema_history}). Versions: V1 and V10+ are the core UI's,
 * V2–V9 the events feature's. Sync's and the scheduler's migrations run first (see {@link #open}).
 *
 * <p>Thread-safe.
 */
final class AdminDb implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private AdminDb(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens a pool and migrates the scheduler's and the admin tables. Sync's tables must exist already
     * (open a {@code SyncEngine} first): sync's Flyway expects to find an empty schema the first time.
     */
    static AdminDb open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(6);
        config.setPoolName("rosterbridge-admin");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Scheduler.migrate(pool);
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/admin")
                    .table("admin_schema_history")
                    // Sync's and the scheduler's tables are already there: start counting from 0.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new AdminException("cannot migrate the admin tables: " + e.getMessage(), e);
        }
        return new AdminDb(pool);
    }

    Jdbi jdbi() {
        return jdbi;
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
