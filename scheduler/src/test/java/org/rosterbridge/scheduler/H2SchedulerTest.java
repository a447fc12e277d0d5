package org.rosterbridge.scheduler;

import javax.sql.DataSource;

class H2SchedulerTest extends SchedulerContract {
    @Override
    DataSource freshDatabase() {
        return Databases.h2("");
    }
}
