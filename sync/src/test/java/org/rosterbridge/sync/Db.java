package org.rosterbridge.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** Test access to an app database: the engine's settings for it, and plain queries. */
final class Db {

    final String url;
    final TestClock clock = new TestClock();

    Db(Path dir) {
        this.url = SyncSettings.h2File(dir.resolve("app").toString());
    }

    Db(String url) {
        this.url = url;
    }

    SyncSettings settings() {
        return SyncSettings.defaults(url).withClock(clock).withCredentials(user(), "");
    }

    private String user() {
        return url.startsWith("jdbc:postgresql:") ? "postgres" : "";
    }

    Jdbi jdbi() {
        return Jdbi.create(url, user(), "");
    }

    long count(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    List<Map<String, Object>> rows(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
    }

    /** Every keyed record of the district as (kind:clever id) -> archived flag and content, ids and times left out. */
    Map<String, String> snapshot() {
        return jdbi().withHandle(h -> {
            StateLoader loader = new StateLoader(h);
            long district = h.createQuery("select min(id) from districts where clever_id is not null")
                    .mapTo(Long.class)
                    .one();
            State state = loader.load(district);
            Map<String, String> out = new TreeMap<>();
            for (Kind kind : Kind.values()) {
                for (Stored s : state.keyed(kind)) {
                    out.put(kind + ":" + s.row().cleverId(), (s.archived() ? "archived " : "active ") + s.row());
                }
            }
            return out;
        });
    }
}
