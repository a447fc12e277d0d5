package org.rosterbridge.hub.derive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.hub.ids.IdColumn;
import org.rosterbridge.hub.ids.IdSpace;

/** The ids of every numbered record and the parsed term dates, computed once per upload. */
final class Context {
    final DistrictRows rows;
    final Relations relations;
    final CleverId district;
    final CleverId[] schools;
    final CleverId[] terms;
    final CleverId[] courses;
    final IdColumn sections;
    final IdColumn students;
    final List<Optional<LocalDate>> termStarts = new ArrayList<>();
    final List<Optional<LocalDate>> termEnds = new ArrayList<>();
    final Instant epoch;

    Context(DistrictRows rows, Relations relations, Instant epoch) {
        this.rows = rows;
        this.relations = relations;
        this.epoch = epoch;
        this.district = rows.ids.district();
        this.schools = ids(rows.schools, IdSpace.SCHOOL);
        this.terms = ids(rows.terms, IdSpace.TERM);
        this.courses = ids(rows.courses, IdSpace.COURSE);
        this.sections = column(rows.sections, IdSpace.SECTION);
        this.students = column(rows.students, IdSpace.STUDENT);
        // Only the counts of students and sections are needed from here on; their SIS ids can go.
        rows.students.release();
        rows.sections.release();
        for (int t = 0; t < rows.terms.size(); t++) {
            String[] parts = TermKey.parts(rows.terms.key(t));
            termStarts.add(date(parts[1]));
            termEnds.add(date(parts[2]));
        }
    }

    private CleverId[] ids(Interner keys, IdSpace space) {
        CleverId[] result = new CleverId[keys.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = rows.ids.of(space, keys.key(i));
        }
        return result;
    }

    private IdColumn column(Interner keys, IdSpace space) {
        IdColumn result = new IdColumn(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            result.add(rows.ids.of(space, keys.key(i)));
        }
        return result;
    }

    static Optional<LocalDate> date(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
