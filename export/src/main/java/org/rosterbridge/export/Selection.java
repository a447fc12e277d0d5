package org.rosterbridge.export;

import java.util.Map;
import java.util.Optional;

/**
 * Which schools, students and classes an export takes: the seed's filters, Source Year and summer options.
 * Summer School Export Only turns every filter off.
 */
final class Selection {
    private final ExportSettings settings;
    private final ExportFilters filters;
    private final District district;
    private final Map<String, School> schools;

    Selection(ExportSettings settings, District district, Map<String, School> schools) {
        this.settings = settings;
        this.filters = settings.filters();
        this.district = district;
        this.schools = schools;
    }

    /** {@code school-selection}, {@code summer-only-schools}. */
    boolean school(School school) {
        if (settings.summerOnly()) {
            return school.summer();
        }
        return (filters.schoolTypes().isEmpty() || filters.schoolTypes().contains(school.type()))
                && (filters.schools().isEmpty() || filters.schools().contains(school.id()));
    }

    /**
     * Whether a teacher or staff row for {@code schoolId} is kept: the school must be selected; the district
     * itself passes only while no school filter is on and the export is not summer-only.
     */
    boolean schoolRow(String schoolId) {
        if (schoolId.equals(district.id())) {
            return !settings.summerOnly()
                    && filters.schoolTypes().isEmpty()
                    && filters.schools().isEmpty();
        }
        School school = schools.get(schoolId);
        return school != null && school(school);
    }

    boolean isDistrict(String schoolId) {
        return schoolId.equals(district.id());
    }

    /** {@code student-school}, {@code summer-only-students}: the School_id a student is exported under. */
    Optional<String> studentSchool(Student student) {
        String id = settings.summerOnly() ? student.summerSchoolId() : sourceSchool(student);
        School school = schools.get(id);
        if (school == null || (settings.summerOnly() && !school.summer())) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    String sourceSchool(Student student) {
        return settings.sourceYear() == SourceYear.NEXT ? student.schedulingSchoolId() : student.currentSchoolId();
    }

    /** {@code student-grade}: the SIS grade of the source year, before display mapping. */
    String sourceGrade(Student student) {
        return settings.sourceYear() == SourceYear.NEXT ? student.schedulingGrade() : student.currentGrade();
    }

    /** Whether the student goes into students.csv: active, placed in a school, and through the filters. */
    boolean student(SisStudent record) {
        Student student = record.student();
        if (!student.active() || studentSchool(student).isEmpty()) {
            return false;
        }
        if (settings.summerOnly()) {
            return settings.sourceYear() == SourceYear.CURRENT
                    || !(student.schedulingSchoolId().isEmpty()
                            || student.schedulingGrade().isEmpty());
        }
        return passesFilters(student) && passesStatusFilters(record);
    }

    /** {@code student-filters}: grade, school type and school, on the source year's school and grade. */
    private boolean passesFilters(Student student) {
        School school = schools.get(sourceSchool(student));
        return (filters.grades().isEmpty() || filters.grades().contains(sourceGrade(student)))
                && (filters.schoolTypes().isEmpty() || filters.schoolTypes().contains(school.type()))
                && (filters.schools().isEmpty() || filters.schools().contains(school.id()));
    }

    /** {@code student-status-filters}: with any status filter on, one current code of any filter suffices. */
    private boolean passesStatusFilters(SisStudent record) {
        if (!filters.statusFiltersOn()) {
            return true;
        }
        for (StatusKind kind : StatusKind.values()) {
            if (StatusRules.anyCurrent(record.codes(kind), filters.codes(kind), settings.asOf())) {
                return true;
            }
        }
        return false;
    }

    /** {@code section-selection}, {@code summer-only-classes}, {@code summer-from-current-year}. */
    int classYear() {
        int current = district.currentYear();
        if (settings.summerOnly()) {
            return settings.summerFromCurrentYear() ? current : current + 1;
        }
        return settings.sourceYear() == SourceYear.NEXT ? current + 1 : current;
    }

    /** Whether a class of the loaded year may become a section (its teacher is checked elsewhere). */
    boolean section(SisClass cls) {
        School school = schools.get(cls.schoolId());
        if (school == null || cls.schoolYear() != classYear()) {
            return false;
        }
        if (settings.summerOnly()) {
            return school.summer();
        }
        return school(school)
                && (filters.subjects().isEmpty() || filters.subjects().contains(cls.subject()));
    }

    /** {@code enrollment-summer-ignored}: outside summer-only exports, summer classes get no enrollments. */
    boolean enrollable(SisClass cls) {
        return section(cls) && (settings.summerOnly() || !summerClass(cls));
    }

    boolean summerClass(SisClass cls) {
        School school = schools.get(cls.schoolId());
        return cls.summer() || (school != null && school.summer());
    }

    boolean statusFiltersOn() {
        return !settings.summerOnly() && filters.statusFiltersOn();
    }
}
