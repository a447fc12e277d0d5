package org.rosterbridge.hub.derive;

/**
 * Clever's primary-school rule: the school where the person has the most sections; on a tie, the school
 * whose sections hold the most students in total; on a further tie, the lower school number (first in
 * schools.csv), so the choice is deterministic; with no sections, the school of the SIS row.
 */
final class PrimarySchool {
    private final long[] studentsPerSchool;
    private final int[] counts;

    /** @param studentsPerSchool for each school, the students enrolled in its sections, summed over sections */
    PrimarySchool(long[] studentsPerSchool) {
        this.studentsPerSchool = studentsPerSchool;
        this.counts = new int[studentsPerSchool.length];
    }

    /** The primary school of a person with sections at {@code sectionSchools} and SIS school {@code sisSchool}. */
    int of(int[] sectionSchools, int sisSchool) {
        if (sectionSchools.length == 0) {
            return sisSchool;
        }
        int best = -1;
        for (int school : sectionSchools) {
            counts[school]++;
        }
        for (int school : sectionSchools) {
            if (best < 0 || better(school, best)) {
                best = school;
            }
        }
        for (int school : sectionSchools) {
            counts[school] = 0;
        }
        return best;
    }

    private boolean better(int school, int best) {
        if (counts[school] != counts[best]) {
            return counts[school] > counts[best];
        }
        if (studentsPerSchool[school] != studentsPerSchool[best]) {
            return studentsPerSchool[school] > studentsPerSchool[best];
        }
        return school < best;
    }
}
