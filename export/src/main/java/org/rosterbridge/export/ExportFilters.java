package org.rosterbridge.export;

import java.util.Set;

/**
 * The seed's filters. An empty set means the filter is off. Values are compared exactly as the SIS spells
 * them (grade codes, school types, school ids, subjects, status codes).
 */
public record ExportFilters(
        Set<String> grades,
        Set<String> schoolTypes,
        Set<String> schools,
        Set<String> subjects,
        Set<String> studentStatuses,
        Set<String> specialEd,
        Set<String> funding,
        Set<String> programs,
        Set<String> meals,
        Set<String> groups) {

    public ExportFilters {
        grades = Set.copyOf(grades);
        schoolTypes = Set.copyOf(schoolTypes);
        schools = Set.copyOf(schools);
        subjects = Set.copyOf(subjects);
        studentStatuses = Set.copyOf(studentStatuses);
        specialEd = Set.copyOf(specialEd);
        funding = Set.copyOf(funding);
        programs = Set.copyOf(programs);
        meals = Set.copyOf(meals);
        groups = Set.copyOf(groups);
    }

    /** No filter on. */
    public static ExportFilters none() {
        return new ExportFilters(
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * Whether any student status filter (status, special education, funding, program, meal, group) is on;
     * then teachers and sections are narrowed to the classes the chosen students take.
     */
    public boolean statusFiltersOn() {
        return !(studentStatuses.isEmpty()
                && specialEd.isEmpty()
                && funding.isEmpty()
                && programs.isEmpty()
                && meals.isEmpty()
                && groups.isEmpty());
    }

    Set<String> codes(StatusKind kind) {
        switch (kind) {
            case STATUS:
                return studentStatuses;
            case SPECIAL_ED:
                return specialEd;
            case MEAL:
                return meals;
            case FUNDING:
                return funding;
            case PROGRAM:
                return programs;
            default:
                return groups;
        }
    }
}
