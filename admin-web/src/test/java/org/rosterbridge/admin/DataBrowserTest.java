package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.admin.EventWorld.ADMIN;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.admin.BrowseRows.PersonRow;
import org.rosterbridge.admin.BrowseRows.SectionRow;
import org.rosterbridge.admin.BrowseRows.TermRow;

/** The data browser on a synced sandbox district (H2), before and after an import. */
class DataBrowserTest {

    @TempDir
    Path dir;

    private EventWorld world;
    private BrowseScope district;

    @BeforeEach
    void setUp() {
        world = EventWorld.h2(dir);
        district = new BrowseScope.District(world.events.ensureDistrictData(EventWorld.REF));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void listsTermsWithTheirSectionsBeforeAnyImport() {
        assertThat(world.browser.terms(district))
                .hasSizeGreaterThan(1)
                .allSatisfy(t -> assertThat(t.sections()).isPositive())
                .extracting(TermRow::sections)
                .containsOnlyOnce(world.count("select count(*) from sections where term_id = " + world.busiestTerm()));
    }

    @Test
    void findsStudentsByNameInAnyCase() {
        PersonRow someone = world.browser
                .people(district, PersonRole.STUDENT, "", 1)
                .items()
                .get(0);

        var found = world.browser.people(
                district, PersonRole.STUDENT, someone.lastName().toUpperCase(Locale.ROOT), 1);

        assertThat(found.items()).extracting(PersonRow::id).contains(someone.id());
        assertThat(found.items())
                .allSatisfy(
                        p -> assertThat((p.firstName() + " " + p.lastName() + " " + p.sisId()).toLowerCase(Locale.ROOT))
                                .contains(someone.lastName().toLowerCase(Locale.ROOT)));
    }

    @Test
    void findsStudentsBySisId() {
        PersonRow someone = world.browser
                .people(district, PersonRole.STUDENT, "", 2)
                .items()
                .get(3);

        assertThat(world.browser
                        .people(district, PersonRole.STUDENT, someone.sisId(), 1)
                        .items())
                .extracting(PersonRow::id)
                .containsExactly(someone.id());
    }

    @Test
    void pagesThroughEveryStudentOnce() {
        var first = world.browser.people(district, PersonRole.STUDENT, "", 1);
        var pages = first.pages();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int page = 1; page <= pages; page++) {
            world.browser.people(district, PersonRole.STUDENT, "", page).items().forEach(p -> seen.add(p.id()));
        }

        assertThat(first.total()).isEqualTo(120);
        assertThat(first.items()).hasSize(DataBrowser.PAGE_SIZE);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(120);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
    }

    @Test
    void takesWildcardsInASearchLiterally() {
        assertThat(world.browser.people(district, PersonRole.STUDENT, "%", 1).total())
                .isZero();
        assertThat(world.browser.people(district, PersonRole.TEACHER, "_", 1).total())
                .isZero();
    }

    @Test
    void showsASectionsStudentsAndTeachers() {
        SectionRow section = world.browser
                .sections(district, world.busiestTerm(), "", 1)
                .items()
                .get(0);

        assertThat(world.browser.members(district, section.id(), PersonRole.STUDENT))
                .hasSize((int) section.students());
        assertThat(world.browser.members(district, section.id(), PersonRole.TEACHER))
                .hasSize((int) section.teachers());
        assertThat(section.teachers()).isPositive();
    }

    @Test
    void eventScopeShowsOnlyWhatTheEventHolds() {
        Event event = world.createEvent("Fall conferences", true);
        long hidden = world.editor.classes(event.id()).get(0).sectionId();
        world.editor.hide(event.id(), hidden, ADMIN);
        BrowseScope inEvent = new BrowseScope.InEvent(event.districtId(), event.id());

        assertThat(world.browser.terms(inEvent)).extracting(TermRow::id).containsExactly(world.busiestTerm());
        assertThat(world.browser.sections(inEvent, world.busiestTerm(), "", 1).total())
                .isEqualTo(world.browser
                                .sections(district, world.busiestTerm(), "", 1)
                                .total()
                        - 1);
        assertThat(world.browser.section(inEvent, hidden)).isEmpty();
        assertThat(world.browser.section(district, hidden)).isPresent();
        assertThat(world.browser.people(inEvent, PersonRole.STUDENT, "", 1).total())
                .isEqualTo(world.count("select count(*) from event_students where event_id = " + event.id()));
        assertThat(world.browser.people(inEvent, PersonRole.CONTACT, "", 1).total())
                .isEqualTo(world.count("select count(*) from event_contacts where event_id = " + event.id()));
    }

    @Test
    void searchesSectionsByName() {
        SectionRow section = world.browser
                .sections(district, world.busiestTerm(), "", 1)
                .items()
                .get(0);

        assertThat(world.browser
                        .sections(district, world.busiestTerm(), section.name().toLowerCase(Locale.ROOT), 1)
                        .items())
                .extracting(SectionRow::id)
                .contains(section.id());
    }
}
