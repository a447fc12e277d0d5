package org.rosterbridge.scheduler;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.rosterbridge.testkit.EmbeddedPostgres;

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
            EmbeddedPostgres.drop(pool.getPoolName());
        }
    }

    /** A new database in the one embedded server this test JVM starts (and stops at exit), pooled. */
    static DataSource postgres() {
        String name = EmbeddedPostgres.create("scheduler");
        // Pooled, as in production: PostgreSQL forks a process per connection, and db-scheduler and our
        // tables take a connection per statement.
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(EmbeddedPostgres.dataSource(name));
        pool.setMaximumPoolSize(8);
        pool.setPoolName(name);
        return new HikariDataSource(pool);
    }
}
