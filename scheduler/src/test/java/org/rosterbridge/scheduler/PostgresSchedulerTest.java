package org.rosterbridge.scheduler;

import javax.sql.DataSource;

class PostgresSchedulerTest extends SchedulerContract {
    @Override
    DataSource freshDatabase() {
        return Databases.postgres();
    }
}
