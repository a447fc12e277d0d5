package org.rosterbridge.hub.derive;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.Course;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.DistrictState;
import org.rosterbridge.clever.Location;
import org.rosterbridge.clever.School;
import org.rosterbridge.clever.Term;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SchoolColumn;
import org.rosterbridge.hub.ids.CleverIds;

/**
 * Turns the rows of one upload into the objects Clever would serve for it. Feed it every row (it is the
 * reader's sink), then call {@link #emit} once. Memory stays compact: see {@link DistrictRows}.
 *
 * <p>Not thread-safe. Close it to remove its work files.
 */
public final class DistrictDeriver implements Consumer<Row>, AutoCloseable {
    private final DistrictRows rows;
    private final String districtName;
    private final List<String> districtAdmins;

    /**
     * @param ids the district's id function
     * @param districtName the district's display name
     * @param districtAdmins e-mail addresses of district admins (they never come from the files)
     * @param workDirectory where bulky rows are parked while reading
     */
    public DistrictDeriver(CleverIds ids, String districtName, List<String> districtAdmins, Path workDirectory) {
        this.rows = new DistrictRows(ids, workDirectory);
        this.districtName = districtName;
        this.districtAdmins = List.copyOf(districtAdmins);
    }

    @Override
    public void accept(Row row) {
        rows.accept(row);
    }

    /**
     * Hands every object of the district to {@code sink}: the district, schools, terms, courses, sections,
     * students, contacts, then employees. Each id appears once.
     *
     * @param lastSync the time the upload is accepted, served as the district's {@code last_sync}
     * @param epoch the district's first accepted upload, the start of enrollment spans with no term start
     */
    public void emit(Instant lastSync, Instant epoch, Consumer<CleverObject> sink) {
        Relations relations = Relations.of(rows);
        rows.enrollmentSection.release();
        rows.enrollmentStudent.release();
        Context context = new Context(rows, relations, epoch);
        sink.accept(district(context, lastSync));
        for (int s = 0; s < rows.schoolRows.size(); s++) {
            sink.accept(school(context, s, rows.schoolRows.get(s)));
        }
        terms(context, sink);
        courses(context, sink);
        EmployeeObjects employees = new EmployeeObjects(context, districtAdmins);
        new SectionObjects(context, employees.teacherUsers()).emit(sink);
        new StudentObjects(context).emit(sink);
        new ContactObjects(context).emit(sink);
        employees.emit(sink);
    }

    private District district(Context context, Instant lastSync) {
        return new District(
                context.district,
                districtName,
                "sftp",
                Coded.of(DistrictState.SUCCESS),
                Optional.of(lastSync),
                Optional.empty(),
                "",
                List.of(),
                "",
                "");
    }

    private static School school(Context context, int s, Row row) {
        return new School(
                context.schools[s],
                context.district,
                row.get(SchoolColumn.SCHOOL_NAME),
                row.get(SchoolColumn.SCHOOL_ID),
                row.get(SchoolColumn.SCHOOL_NUMBER),
                row.get(SchoolColumn.STATE_ID),
                "",
                "",
                row.get(SchoolColumn.SCHOOL_PHONE),
                Codes.grade(row.get(SchoolColumn.LOW_GRADE)),
                Codes.grade(row.get(SchoolColumn.HIGH_GRADE)),
                new School.Principal(row.get(SchoolColumn.PRINCIPAL), row.get(SchoolColumn.PRINCIPAL_EMAIL)),
                new Location(
                        row.get(SchoolColumn.SCHOOL_ADDRESS),
                        row.get(SchoolColumn.SCHOOL_CITY),
                        row.get(SchoolColumn.SCHOOL_STATE),
                        row.get(SchoolColumn.SCHOOL_ZIP),
                        "",
                        ""));
    }

    private void terms(Context context, Consumer<CleverObject> sink) {
        for (int t = 0; t < rows.terms.size(); t++) {
            String name = TermKey.parts(rows.terms.key(t))[0];
            sink.accept(new Term(
                    context.terms[t], context.district, name, context.termStarts.get(t), context.termEnds.get(t)));
        }
    }

    private void courses(Context context, Consumer<CleverObject> sink) {
        for (int c = 0; c < rows.courses.size(); c++) {
            sink.accept(new Course(
                    context.courses[c], context.district, rows.courseNames.get(c), rows.courseNumbers.get(c)));
        }
    }

    @Override
    public void close() {
        rows.close();
    }
}
