package org.rosterbridge.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Start, close, removal, and the tables' migrations. */
@ParameterizedClass
@EnumSource(Database.class)
class LifecycleTest extends SchedulerFixture {
    @Test
    void startGivesAnEnabledJobThatLostItsExecutionANewOne() throws SQLException {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        execute("DELETE FROM scheduled_tasks");

        Scheduler restarted = manualNode("node-b");

        List<RunRecord> runs = runUntil(restarted, newYork(2026, 9, 2, 12, 0), Duration.ofHours(1));
        assertThat(runs).extracting(RunRecord::node).containsExactly("node-b");
    }

    @Test
    void aClosedSchedulerCannotStartAgain() {
        scheduler.close();

        assertThatThrownBy(scheduler::start).hasMessageContaining("closed");
        assertThatThrownBy(scheduler::runDueNow).hasMessageContaining("no close()");
        scheduler.schedule(DISTRICT_7, Schedule.manual()); // the database side still works
        assertThat(scheduler.jobs()).hasSize(1);
    }

    @Test
    void removeForgetsTheJobButKeepsItsHistory() {
        scheduler.schedule(DISTRICT_7, Schedule.nightly(NEW_YORK));
        runNow(DISTRICT_7);

        assertThat(scheduler.remove(DISTRICT_7)).isTrue();

        assertThat(scheduler.jobs("sync")).isEmpty();
        assertThat(scheduler.nextRun(DISTRICT_7)).isEmpty();
        assertThat(runUntil(scheduler, newYork(2026, 9, 3, 12, 0), Duration.ofHours(1)))
                .isEmpty();
        assertThat(scheduler.history(DISTRICT_7, 5)).hasSize(1);
    }

    @Test
    void migratingAgainIsHarmless() {
        Scheduler.migrate(dataSource);
        Scheduler.migrate(dataSource);

        scheduler.schedule(DISTRICT_7, Schedule.manual());
        assertThat(scheduler.jobs()).extracting(Job::key).containsExactly(DISTRICT_7);
    }

    @Test
    void migrationsLeaveAnotherModulesFlywayHistoryAlone() {
        DataSource shared = freshDatabase();
        try {
            Flyway.configure()
                    .dataSource(shared)
                    .locations("classpath:db/othermodule")
                    .load()
                    .migrate();

            Scheduler.migrate(shared);

            assertThat(Flyway.configure()
                            .dataSource(shared)
                            .locations("classpath:db/othermodule")
                            .load()
                            .info()
                            .applied())
                    .hasSize(1);
            Scheduler node = Scheduler.builder(shared).handler("sync", sync).build();
            node.schedule(DISTRICT_7, Schedule.manual());
            assertThat(node.jobs()).hasSize(1);
        } finally {
            Databases.close(shared);
        }
    }
}
