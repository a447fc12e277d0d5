package org.rosterbridge.scheduler;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates and upgrades the scheduler's tables with Flyway, from {@code db/scheduler}. Its history table
 * is its own ({@value #HISTORY_TABLE}), so other modules may migrate the same schema with theirs.
 */
final class Migrations {
    static final String HISTORY_TABLE = "flyway_scheduler_history";

    private Migrations() {}

    static void migrate(DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/scheduler")
                    .table(HISTORY_TABLE)
                    // A schema other modules already use is "non-empty" to Flyway; start from version 0 there.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new SchedulerException("Could not migrate the scheduler tables: " + e.getMessage(), e);
        }
    }
}
