package org.rosterbridge.scheduler;

import javax.sql.DataSource;

/** H2 with the settings its documentation recommends for PostgreSQL compatibility, lower-case names too. */
class H2LowerCaseSchedulerTest extends SchedulerContract {
    @Override
    DataSource freshDatabase() {
        return Databases.h2(";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
