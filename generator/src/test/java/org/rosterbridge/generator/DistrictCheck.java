package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.CleverFile.ENROLLMENTS;
import static org.rosterbridge.clever.csv.CleverFile.SCHOOLS;
import static org.rosterbridge.clever.csv.CleverFile.SECTIONS;
import static org.rosterbridge.clever.csv.CleverFile.STAFF;
import static org.rosterbridge.clever.csv.CleverFile.STUDENTS;
import static org.rosterbridge.clever.csv.CleverFile.TEACHERS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rosterbridge.clever.CleverCode;
import org.rosterbridge.clever.ContactType;
import org.rosterbridge.clever.FrlStatus;
import org.rosterbridge.clever.Gender;
import org.rosterbridge.clever.HomeLanguage;
import org.rosterbridge.clever.PhoneType;
import org.rosterbridge.clever.Race;
import org.rosterbridge.clever.Relationship;
import org.rosterbridge.clever.Subject;
import org.rosterbridge.clever.YesNo;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Column;

/**
 * The hard rules of Clever's files, checked independently of clever-csv's reader so that the generator's
 * output is held to them even before that reader exists: required values, unique ids, references that
 * resolve, at most ten distinct teachers per section, a student in every section, no enrolment twice,
 * repeated student rows that agree, ISO dates with terms ending after they start, and every coded value
 * from Clever's lists. Each problem names ids only.
 */
final class DistrictCheck {

    static final Set<String> GRADES =
            Set.of("PreKindergarten", "Kindergarten", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    static final Set<String> SUBJECTS = wires(Subject.class);
    private static final Map<String, Set<String>> CODED = Map.of(
            "Gender", wires(Gender.class),
            "Race", wires(Race.class),
            "Hispanic_Latino", wires(YesNo.class),
            "Ell_status", wires(YesNo.class),
            "Frl_status", wires(FrlStatus.class),
            "Contact_relationship", wires(Relationship.class),
            "Contact_type", wires(ContactType.class),
            "Contact_phone_type", wires(PhoneType.class),
            "Home_language", wires(HomeLanguage.class));
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final LoadedDistrict district;
    private final List<String> problems = new ArrayList<>();

    private DistrictCheck(LoadedDistrict district) {
        this.district = district;
    }

    static List<String> problems(LoadedDistrict district) {
        DistrictCheck check = new DistrictCheck(district);
        check.required();
        check.unique();
        check.students();
        check.sections();
        check.enrollments();
        check.coded();
        return check.problems;
    }

    private void required() {
        for (CleverFile file : CleverFile.values()) {
            for (Map<String, String> row : district.rows(file)) {
                for (Column column : file.columns()) {
                    if (column.required() && row.get(column.header()).isEmpty()) {
                        problems.add(file.fileName() + " " + column.header() + " empty for " + row.values());
                    }
                }
            }
        }
    }

    private void unique() {
        unique(SCHOOLS, "School_id");
        unique(SECTIONS, "Section_id");
        unique(TEACHERS, "School_id", "Teacher_id");
        unique(STAFF, "School_id", "Staff_id");
        unique(ENROLLMENTS, "Section_id", "Student_id");
        unique(STUDENTS, "Student_id", "Contact_sis_id", "Contact_name");
        Set<String> schools = district.distinct(SCHOOLS, "School_id");
        for (CleverFile file : List.of(TEACHERS, STAFF, STUDENTS, SECTIONS, ENROLLMENTS)) {
            for (String school : district.distinct(file, "School_id")) {
                if (!schools.contains(school)) {
                    problems.add(file.fileName() + " unknown school " + school);
                }
            }
        }
    }

    private void unique(CleverFile file, String... headers) {
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : district.rows(file)) {
            StringBuilder key = new StringBuilder();
            for (String header : headers) {
                key.append(row.get(header)).append('|');
            }
            if (!seen.add(key.toString())) {
                problems.add(file.fileName() + " duplicate " + key);
            }
        }
    }

    private void students() {
        district.by(STUDENTS, "Student_id").forEach((id, rows) -> {
            for (Map<String, String> row : rows) {
                for (Map.Entry<String, String> cell : row.entrySet()) {
                    if (!cell.getKey().startsWith("Contact_")
                            && !cell.getValue().equals(rows.get(0).get(cell.getKey()))) {
                        problems.add("students.csv rows of " + id + " disagree on " + cell.getKey());
                    }
                }
            }
        });
    }

    private void sections() {
        Set<String> teachers = district.distinct(TEACHERS, "Teacher_id");
        for (Map<String, String> row : district.rows(SECTIONS)) {
            Set<String> listed = new HashSet<>();
            for (int n = 1; n <= 10; n++) {
                String teacher = row.get(n == 1 ? "Teacher_id" : "Teacher_" + n + "_id");
                if (!teacher.isEmpty() && (!teachers.contains(teacher) || !listed.add(teacher))) {
                    problems.add("sections.csv " + row.get("Section_id") + " bad or repeated teacher " + teacher);
                }
            }
            String start = row.get("Term_start");
            String end = row.get("Term_end");
            if (!start.isEmpty()
                    && (!ISO_DATE.matcher(start).matches()
                            || !ISO_DATE.matcher(end).matches()
                            || start.compareTo(end) >= 0)) {
                problems.add("sections.csv " + row.get("Section_id") + " bad term dates");
            }
        }
    }

    private void enrollments() {
        Map<String, String> sectionSchool = new HashMap<>();
        district.rows(SECTIONS).forEach(row -> sectionSchool.put(row.get("Section_id"), row.get("School_id")));
        Set<String> students = district.distinct(STUDENTS, "Student_id");
        Set<String> seated = new HashSet<>();
        for (Map<String, String> row : district.rows(ENROLLMENTS)) {
            String section = row.get("Section_id");
            if (!row.get("School_id").equals(sectionSchool.get(section))) {
                problems.add("enrollments.csv section " + section + " unknown or at another school");
            }
            if (!students.contains(row.get("Student_id"))) {
                problems.add("enrollments.csv unknown student " + row.get("Student_id"));
            }
            seated.add(section);
        }
        for (String section : sectionSchool.keySet()) {
            if (!seated.contains(section)) {
                problems.add("sections.csv " + section + " has no student");
            }
        }
    }

    private void coded() {
        for (Map<String, String> row : district.rows(STUDENTS)) {
            CODED.forEach((header, values) -> known(row, header, values));
            known(row, "Grade", GRADES);
            String dob = row.get("DOB");
            if (!dob.isEmpty() && !ISO_DATE.matcher(dob).matches()) {
                problems.add("students.csv " + row.get("Student_id") + " bad DOB");
            }
        }
        district.rows(SECTIONS).forEach(row -> {
            known(row, "Grade", GRADES);
            known(row, "Subject", SUBJECTS);
        });
        district.rows(SCHOOLS).forEach(row -> {
            known(row, "Low_grade", GRADES);
            known(row, "High_grade", GRADES);
        });
    }

    private void known(Map<String, String> row, String header, Set<String> values) {
        String value = row.get(header);
        if (!value.isEmpty() && !values.contains(value)) {
            problems.add("unknown " + header + " value in row "
                    + row.values().iterator().next());
        }
    }

    private static <E extends Enum<E> & CleverCode> Set<String> wires(Class<E> codeList) {
        return Arrays.stream(codeList.getEnumConstants()).map(CleverCode::wire).collect(Collectors.toUnmodifiableSet());
    }
}
