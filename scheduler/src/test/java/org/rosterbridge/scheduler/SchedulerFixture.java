package org.rosterbridge.scheduler;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.rosterbridge.testkit.ManualClock;

/** A scheduler in manual mode on a fresh database of the class's parameter, a moving clock, fake handlers. */
abstract class SchedulerFixture {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final JobKey DISTRICT_7 = JobKey.of("sync", "district-7");

    final List<Scheduler> nodes = new ArrayList<>();
    final FakeHandler sync = new FakeHandler();
    final FakeHandler export = new FakeHandler();
    DataSource dataSource;
    ManualClock clock;
    Scheduler scheduler;

    @Parameter
    Database database;

    DataSource freshDatabase() {
        return database.fresh();
    }

    @BeforeEach
    void setUp() {
        dataSource = freshDatabase();
        clock = new ManualClock(newYork(2026, 9, 1, 8, 0));
        scheduler = manualNode("node-a");
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(Scheduler::close);
        Databases.close(dataSource);
    }

    Scheduler manualNode(String name) {
        Scheduler node = Scheduler.builder(dataSource)
                .clock(clock)
                .nodeName(name)
                .handler("sync", sync)
                .handler("export", export)
                .manual()
                .build();
        node.start();
        nodes.add(node);
        return node;
    }

    static Instant newYork(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
    }

    /** Moves the clock in steps up to {@code until}, running what is due at each step. */
    List<RunRecord> runUntil(Scheduler node, Instant until, Duration step) {
        List<RunRecord> runs = new ArrayList<>();
        while (clock.instant().isBefore(until)) {
            clock.advance(step);
            runs.addAll(node.runDueNow());
        }
        return runs;
    }

    static List<ZonedDateTime> localStarts(List<RunRecord> runs) {
        return runs.stream().map(r -> r.started().atZone(NEW_YORK)).toList();
    }

    void runNow(JobKey key) {
        scheduler.runNow(key);
        scheduler.runDueNow();
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                java.sql.ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
