package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.admin.EventWorld.ADMIN;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.scheduler.RunOutcome;

/** The class editor and its ledger through real syncs of a sandbox district (H2). */
class ClassEditorTest {

    @TempDir
    Path dir;

    private EventWorld world;
    private Event event;

    @BeforeEach
    void setUp() {
        world = EventWorld.h2(dir);
        event = world.createEvent("Fall conferences", true);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private RunOutcome nightly() {
        return new EventSyncJob(
                        world.events, SlotSync.always(ref -> world.sync()), id -> world.clock.instant(), id -> true)
                .run(EventSync.key(event.id()), (done, total) -> {});
    }

    private EventClass find(long sectionId) {
        return world.editor.classes(event.id()).stream()
                .filter(c -> c.sectionId() == sectionId)
                .findFirst()
                .orElseThrow();
    }

    private long firstClass() {
        return world.editor.classes(event.id()).get(0).sectionId();
    }

    private long inEvent(long sectionId) {
        return world.count("select count(*) from event_sections where hidden = false and event_id = " + event.id()
                + " and section_id = " + sectionId);
    }

    @Test
    void hiddenClassStaysHiddenThroughTwoSyncs() {
        long section = firstClass();
        assertThat(world.editor.hide(event.id(), section, ADMIN)).isTrue();

        assertThat(nightly()).isInstanceOf(RunOutcome.Succeeded.class);
        assertThat(nightly()).isInstanceOf(RunOutcome.Succeeded.class);

        assertThat(find(section).state()).isEqualTo(ClassState.HIDDEN);
        assertThat(inEvent(section)).isZero();
        assertThat(world.editor.ledger(event.id())).singleElement().satisfies(rule -> {
            assertThat(rule.action()).isEqualTo("hide");
            assertThat(rule.actor()).isEqualTo(ADMIN);
            assertThat(rule.inForce()).isTrue();
        });
    }

    @Test
    void hiddenClassesTakeTheirStudentsAndTeachersOutOfTheEvent() {
        List<EventClass> classes = world.editor.classes(event.id());
        long kept = classes.get(0).sectionId();
        classes.stream().skip(1).forEach(c -> world.editor.hide(event.id(), c.sectionId(), ADMIN));

        assertThat(world.ids("select student_id from event_students where event_id = " + event.id()
                        + " order by student_id"))
                .isNotEmpty()
                .isEqualTo(world.ids(
                        "select student_id from section_students where section_id = " + kept + " order by student_id"));
        assertThat(world.ids("select teacher_id from event_teachers where event_id = " + event.id()))
                .isEqualTo(world.ids("select teacher_id from section_teachers where section_id = " + kept));
    }

    @Test
    void deletedClassReturnsAfterOneSync() {
        long section = firstClass();
        assertThat(world.editor.delete(event.id(), List.of(section), ADMIN)).isEqualTo(1);
        assertThat(find(section).state()).isEqualTo(ClassState.DELETED);
        assertThat(inEvent(section)).isZero();

        nightly();

        assertThat(find(section).state()).isEqualTo(ClassState.SHOWN);
        assertThat(inEvent(section)).isOne();
        assertThat(world.editor.ledger(event.id())).singleElement().satisfies(rule -> {
            assertThat(rule.action()).isEqualTo("delete");
            assertThat(rule.inForce()).isFalse();
            assertThat(rule.endedBy()).isEqualTo("sync");
        });
    }

    @Test
    void deleteOfSeveralClassesRemovesThemAll() {
        List<Long> sections = world.editor.classes(event.id()).stream()
                .limit(3)
                .map(EventClass::sectionId)
                .toList();

        assertThat(world.editor.delete(event.id(), sections, ADMIN)).isEqualTo(3);

        sections.forEach(s -> assertThat(inEvent(s)).isZero());
    }

    @Test
    void unhideRestoresTheClassAndItsStudents() {
        long students = world.count("select count(*) from event_students where event_id = " + event.id());
        long section = firstClass();
        world.editor.hide(event.id(), section, ADMIN);
        nightly();

        assertThat(world.editor.unhide(event.id(), section, "admin-2")).isTrue();

        assertThat(find(section).state()).isEqualTo(ClassState.SHOWN);
        assertThat(world.count("select count(*) from event_students where event_id = " + event.id()))
                .isEqualTo(students);
        assertThat(world.editor.ledger(event.id()))
                .extracting(LedgerEntry::action, LedgerEntry::inForce, LedgerEntry::endedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unhide", false, "admin-2"),
                        org.assertj.core.groups.Tuple.tuple("hide", false, "admin-2"));
        nightly();
        assertThat(find(section).state()).isEqualTo(ClassState.SHOWN);
    }

    @Test
    void classChangedUnderAHideIsFlagged() {
        List<EventClass> classes = world.editor.classes(event.id());
        EventClass changed = classes.get(0);
        EventClass untouched = classes.get(1);
        world.editor.hide(event.id(), changed.sectionId(), ADMIN);
        world.editor.hide(event.id(), untouched.sectionId(), ADMIN);
        String sisId = world.text("select sis_id from sections where id = " + changed.sectionId());
        world.serveEdited(files -> {
            CsvTable sections = CsvTable.read(files.resolve("sections.csv"));
            sections.rows.stream()
                    .filter(r -> sections.get(r, "Section_id").equals(sisId))
                    .forEach(r -> sections.set(r, "Period", "9"));
            sections.write();
        });

        nightly();

        assertThat(find(changed.sectionId()).changedSinceRule()).isTrue();
        assertThat(find(untouched.sectionId()).changedSinceRule()).isFalse();
        assertThat(find(changed.sectionId()).state()).isEqualTo(ClassState.HIDDEN);
    }

    @Test
    void classWithoutRuleIsNeverFlagged() {
        long section = firstClass();
        String sisId = world.text("select sis_id from sections where id = " + section);
        world.serveEdited(files -> {
            CsvTable sections = CsvTable.read(files.resolve("sections.csv"));
            sections.rows.stream()
                    .filter(r -> sections.get(r, "Section_id").equals(sisId))
                    .forEach(r -> sections.set(r, "Period", "9"));
            sections.write();
        });

        nightly();

        assertThat(find(section).changedSinceRule()).isFalse();
        assertThat(world.text("select period from sections where id = " + section))
                .isEqualTo("9");
    }

    @Test
    void hideOfAClassOutsideTheEventChangesNothing() {
        long outside = world.ids("select id from sections where id not in (select section_id from event_sections)")
                .get(0);

        assertThat(world.editor.hide(event.id(), outside, ADMIN)).isFalse();
        assertThat(world.editor.ledger(event.id())).isEmpty();
    }
}
