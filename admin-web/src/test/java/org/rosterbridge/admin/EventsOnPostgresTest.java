package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.admin.EventWorld.ADMIN;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.testkit.EmbeddedPostgres;

/** The same materialisation, ledger and browser SQL on real PostgreSQL (zonky's embedded server). */
class EventsOnPostgresTest {

    @TempDir
    Path dir;

    @Test
    void hideDeleteAndSyncOnPostgres() {
        try (EventWorld world = EventWorld.on(dir, EmbeddedPostgres.newDatabase("events"), "postgres")) {
            Event event = world.createEvent("Fall conferences", true);
            List<EventClass> classes = world.editor.classes(event.id());
            world.editor.hide(event.id(), classes.get(0).sectionId(), ADMIN);
            world.editor.delete(event.id(), List.of(classes.get(1).sectionId()), ADMIN);

            new EventSyncJob(
                            world.events, SlotSync.always(ref -> world.sync()), id -> world.clock.instant(), id -> true)
                    .run(EventSync.key(event.id()), (done, total) -> {});

            assertThat(world.editor.classes(event.id()))
                    .extracting(EventClass::sectionId, EventClass::state)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple(classes.get(0).sectionId(), ClassState.HIDDEN),
                            org.assertj.core.groups.Tuple.tuple(classes.get(1).sectionId(), ClassState.SHOWN));
            assertThat(world.count("select count(*) from event_contacts where event_id = " + event.id()))
                    .isPositive();
            BrowseScope scope = new BrowseScope.InEvent(event.districtId(), event.id());
            assertThat(world.browser.people(scope, PersonRole.STUDENT, "", 1).total())
                    .isEqualTo(world.count("select count(*) from event_students where event_id = " + event.id()));
            assertThat(world.browser.terms(scope)).hasSize(1);
        }
    }
}
