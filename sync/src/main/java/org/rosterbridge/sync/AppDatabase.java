package org.rosterbridge.sync;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The app database: a pooled connection, migrated by Flyway from {@code db/sync} on open. H2 (in
 * PostgreSQL mode) and PostgreSQL run the same SQL; only bulk loading differs.
 */
final class AppDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final boolean postgres;

    private AppDatabase(HikariDataSource pool, boolean postgres) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // One row binder serves inserts and updates; each uses the columns it needs.
        this.jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        this.postgres = postgres;
    }

    static AppDatabase open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setPoolName("rosterbridge-sync");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/sync")
                    .table("sync_schema_history")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new SyncException("cannot migrate the app database: " + e.getMessage(), e);
        }
        return new AppDatabase(pool, jdbcUrl.startsWith("jdbc:postgresql:"));
    }

    Jdbi jdbi() {
        return jdbi;
    }

    boolean postgres() {
        return postgres;
    }

    @Override
    public void close() {
        pool.close();
    }
}
