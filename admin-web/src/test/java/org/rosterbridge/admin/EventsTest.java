package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.admin.EventWorld.ADMIN;
import static org.rosterbridge.admin.EventWorld.REF;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.admin.EventCreation.FieldProblem;

/** Creating events and what their import materialises, against a real sync of a sandbox district (H2). */
class EventsTest {

    @TempDir
    Path dir;

    private EventWorld world;

    @BeforeEach
    void setUp() {
        world = EventWorld.h2(dir);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private void nightly(Event event) {
        new EventSyncJob(world.events, SlotSync.always(ref -> world.sync()), id -> world.clock.instant(), id -> true)
                .run(EventSync.key(event.id()), (done, total) -> {});
    }

    @Test
    void firstEventOfANeverSyncedDistrictSyncsItFirst() {
        assertThat(world.events.linkedDistrict(REF)).isEmpty();

        long district = world.events.ensureDistrictData(REF);
        world.events.ensureDistrictData(REF);

        assertThat(world.syncs).isOne();
        assertThat(world.events.linkedDistrict(REF)).contains(district);
        assertThat(world.count("select count(*) from schools where district_id = " + district))
                .isPositive();
    }

    @Test
    void initialImportTakesTheSectionsOfTheChosenSchoolsAndTerms() {
        Event event = world.createEvent("Spring conferences", false);
        long term = event.termIds().iterator().next();

        assertThat(world.ids("select section_id from event_sections where event_id = " + event.id()
                        + " order by section_id"))
                .isNotEmpty()
                .isEqualTo(world.ids(
                        "select id from sections where archived_at is null and term_id = " + term + " order by id"));
        assertThat(world.ids("select student_id from event_students where event_id = " + event.id()
                        + " order by student_id"))
                .isNotEmpty()
                .isEqualTo(world.ids("select distinct ss.student_id from section_students ss join sections s on"
                        + " s.id = ss.section_id where s.term_id = " + term + " order by ss.student_id"));
        assertThat(world.count("select count(*) from event_teachers where event_id = " + event.id()))
                .isPositive();
        assertThat(world.count("select count(*) from event_contacts")).isZero();
    }

    @Test
    void onlyTheChosenSchoolIsImported() {
        long district = world.events.ensureDistrictData(REF);
        long school = world.ids("select school_id from sections where district_id = " + district + " and term_id = "
                        + world.busiestTerm() + " group by school_id order by school_id")
                .get(0);
        EventCreation created = world.events.create(new NewEvent(
                REF, "One school", Set.of(school), Set.of(world.busiestTerm()), false, ZoneId.of("UTC"), ADMIN));

        long eventId = ((EventCreation.Created) created).event().id();
        assertThat(world.count("select count(*) from event_sections es join sections s on s.id = es.section_id"
                        + " where es.event_id = " + eventId + " and s.school_id <> " + school))
                .isZero();
        assertThat(world.count("select count(*) from event_sections where event_id = " + eventId))
                .isPositive();
    }

    @Test
    void contactsAreImportedOncePerContactWhenParentsAreOn() {
        Event event = world.createEvent("With parents", true);

        long contacts = world.count("select count(*) from event_contacts where event_id = " + event.id());
        assertThat(contacts)
                .isPositive()
                .isEqualTo(world.count("select count(distinct cs.contact_id) from contact_students cs join"
                        + " event_students es on es.student_id = cs.student_id and es.event_id = " + event.id()));
        long shared = world.count("select count(*) from (select contact_id from event_contact_students"
                + " where event_id = " + event.id() + " group by contact_id having count(distinct student_id) > 1) x");
        assertThat(shared).as("contacts of siblings in the event").isPositive();
        assertThat(contacts)
                .isLessThan(world.count("select count(*) from event_contact_students where event_id = " + event.id()));
    }

    @Test
    void archivedStudentLeavesTheEvent() {
        Event event = world.createEvent("Fall conferences", true);
        long student = world.ids(
                        "select student_id from event_students where event_id = " + event.id() + " order by student_id")
                .get(0);
        String sisId = world.text("select sis_id from users where id = " + student);
        world.serveEdited(files -> {
            for (String file : List.of("students.csv", "enrollments.csv")) {
                CsvTable table = CsvTable.read(files.resolve(file));
                table.removeIf(r -> table.get(r, "Student_id").equals(sisId));
                table.write();
            }
        });

        nightly(event);

        assertThat(world.count("select count(*) from users where archived_at is not null and id = " + student))
                .isOne();
        assertThat(world.count("select count(*) from event_students where event_id = " + event.id()
                        + " and student_id = " + student))
                .isZero();
        assertThat(world.count("select count(*) from event_contact_students where event_id = " + event.id()
                        + " and student_id = " + student))
                .isZero();
    }

    @Test
    void rejectsAnEventWithoutANameOrWithAnotherDistrictsTerm() {
        long district = world.events.ensureDistrictData(REF);
        long school = world.ids("select id from schools where district_id = " + district)
                .get(0);

        EventCreation result = world.events.create(
                new NewEvent(REF, "  ", Set.of(school), Set.of(987_654L), false, ZoneId.of("UTC"), ADMIN));

        assertThat(result)
                .isInstanceOfSatisfying(
                        EventCreation.Rejected.class,
                        r -> assertThat(r.problems())
                                .extracting(FieldProblem::field, FieldProblem::rule)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("name", "event-name"),
                                        org.assertj.core.groups.Tuple.tuple("term", "event-terms")));
        assertThat(world.count("select count(*) from events")).isZero();
    }
}
