package org.rosterbridge.admin;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import org.rosterbridge.scheduler.Scheduler;
import org.rosterbridge.sync.SyncEngine;

/**
 * What every feature's routes are built from: the database, rendering, sessions, districts, the district
 * sync and the scheduler. A feature takes the platform in its constructor and keeps what it needs.
 */
record Platform(
        AdminSettings settings,
        SyncEngine engine,
        AdminDb db,
        AdminUsers users,
        Sessions sessions,
        Guard guard,
        Views views,
        Districts districts,
        DistrictSync districtSync,
        Scheduler scheduler) {

    static Platform create(AdminSettings settings, SyncEngine engine, AdminDb db) {
        InstantSource clock = settings.clock();
        Sessions sessions = new Sessions(settings.sessionIdle(), clock);
        Districts districts = new Districts(db.jdbi(), TokenCipher.load(settings, System.getenv()));
        String node = AdminWeb.nodeName();
        DistrictSync districtSync = new DistrictSync(engine, districts, new Leases(db.jdbi(), clock), node);
        Scheduler.Builder jobs = Scheduler.builder(db.dataSource())
                .clock(clock)
                .nodeName(node)
                .threads(2)
                .shutdownWait(Duration.ofSeconds(5));
        Jobs.register(jobs, districtSync, districts, db);
        return new Platform(
                settings,
                engine,
                db,
                new AdminUsers(db.jdbi()),
                sessions,
                new Guard(sessions, settings.https()),
                new Views(AdminWeb.templates()),
                districts,
                districtSync,
                jobs.build());
    }

    InstantSource clock() {
        return settings.clock();
    }

    void close() {
        scheduler.close();
        districtSync.close();
        db.close();
        engine.close();
    }

    static Map<String, Object> model(Object... keysAndValues) {
        Map<String, Object> model = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return model;
    }
}
