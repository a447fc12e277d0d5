package org.rosterbridge.hub.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The hub's database: an H2 file under the data directory by default, or PostgreSQL when a URL is given,
 * migrated by Flyway on open. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        // Statements may carry names and e-mail addresses as parameters: errors show the statement only.
        jdbi.getConfig(StatementExceptions.class)
                .setMessageRendering(StatementExceptions.MessageRendering.SHORT_STATEMENT);
        this.postgres = postgres;
    }

    /**
     * Opens (creating and migrating when needed) the database at {@code url}, or when it is empty the H2
     * file {@code hub} in {@code directory}. AUTO_SERVER lets {@code hub approve} reach the file while a
     * running hub holds it.
     */
    public static Database open(String url, Path directory) {
        String jdbcUrl = url.isEmpty() ? h2Url(directory) : url;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(6);
        config.setPoolName("hub");
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            config.setUsername("sa");
            config.setPassword("");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/hub")
                .table("hub_schema_history")
                .load()
                .migrate();
        return new Database(dataSource, jdbcUrl.startsWith("jdbc:postgresql:"));
    }

    static String h2Url(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("hub")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    Jdbi jdbi() {
        return jdbi;
    }

    boolean postgres() {
        return postgres;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
