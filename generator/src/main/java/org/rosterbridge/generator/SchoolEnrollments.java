package org.rosterbridge.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which sections each student of one school is in: six to ten sections of their grade at their school,
 * none for about 2 %, and for about 4 % one or two sections at another school. Any section left without
 * a student then takes one, preferring a student of its grade, because Clever needs a student in every
 * section. Only this school's students are held, as one small int array each.
 */
final class SchoolEnrollments {

    private static final double WITHOUT_SECTIONS_SHARE = 0.02;
    private static final double CROSS_SCHOOL_SHARE = 0.04;
    private static final int GRADES = Grades.TWELFTH - Grades.PRE_K + 1;

    private final DistrictPlan plan;
    private final SchoolSections sections;
    private final int firstStudent;
    private final int[] studentGrade;
    private final boolean[] withoutSections;
    /** Global section numbers per student of the school, ascending. */
    final int[][] sectionsOf;

    SchoolEnrollments(DistrictPlan plan, SchoolSections sections) {
        this.plan = plan;
        this.sections = sections;
        int school = sections.school;
        this.firstStudent = plan.studentStart[school];
        int students = plan.studentStart[school + 1] - firstStudent;
        this.studentGrade = new int[students];
        this.withoutSections = new boolean[students];
        this.sectionsOf = new int[students][];
        int[][] byGrade = byGrade();
        for (int local = 0; local < students; local++) {
            studentGrade[local] = plan.studentGrade(school, firstStudent + local);
            sectionsOf[local] = choose(local, byGrade);
        }
        fillEmptySections();
        for (int[] chosen : sectionsOf) {
            Arrays.sort(chosen);
        }
    }

    private int[][] byGrade() {
        int[] sizes = new int[GRADES];
        for (int local = 0; local < sections.count; local++) {
            sizes[sections.grade[local] - Grades.PRE_K]++;
        }
        int[][] byGrade = new int[GRADES][];
        for (int g = 0; g < GRADES; g++) {
            byGrade[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int local = 0; local < sections.count; local++) {
            int g = sections.grade[local] - Grades.PRE_K;
            byGrade[g][sizes[g]++] = local;
        }
        return byGrade;
    }

    private int[] choose(int local, int[][] byGrade) {
        SplittableRandom random = Mix.random(plan.seed, Stream.ENROLLMENT, firstStudent + local);
        if (Mix.chance(random, WITHOUT_SECTIONS_SHARE)) {
            withoutSections[local] = true;
            return new int[0];
        }
        int[] candidates = byGrade[studentGrade[local] - Grades.PRE_K];
        if (candidates.length == 0) {
            candidates = allLocal();
        }
        int[] own = sample(random, candidates, 6 + random.nextInt(5));
        for (int i = 0; i < own.length; i++) {
            own[i] += sections.first;
        }
        if (plan.schools > 1 && Mix.chance(random, CROSS_SCHOOL_SHARE)) {
            return crossSchool(random, own, studentGrade[local], 1 + random.nextInt(2));
        }
        return own;
    }

    private int[] allLocal() {
        int[] all = new int[sections.count];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /** {@code wanted} distinct values of {@code candidates} (all of them if fewer), by a partial shuffle. */
    private static int[] sample(SplittableRandom random, int[] candidates, int wanted) {
        int[] deck = candidates.clone();
        int size = Math.min(wanted, deck.length);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(deck.length - i);
            int swap = deck[i];
            deck[i] = deck[j];
            deck[j] = swap;
        }
        return Arrays.copyOf(deck, size);
    }

    private int[] crossSchool(SplittableRandom random, int[] own, int grade, int extra) {
        int other = otherSchool(grade);
        int[] chosen = Arrays.copyOf(own, own.length + extra);
        int size = own.length;
        int otherFirst = plan.sectionStart[other];
        int otherCount = plan.sectionStart[other + 1] - otherFirst;
        for (int attempt = 0; attempt < 40 && size < chosen.length; attempt++) {
            int section = otherFirst + random.nextInt(otherCount);
            boolean fits = plan.sectionGrade(other, section) == grade || attempt >= 30;
            if (fits && !contains(chosen, size, section)) {
                chosen[size++] = section;
            }
        }
        return Arrays.copyOf(chosen, size);
    }

    /** The next school (wrapping) that teaches {@code grade}; the next school at all if none does. */
    private int otherSchool(int grade) {
        int school = sections.school;
        for (int step = 1; step < plan.schools; step++) {
            int candidate = (school + step) % plan.schools;
            if (plan.teachesGrade(candidate, grade)) {
                return candidate;
            }
        }
        return (school + 1) % plan.schools;
    }

    private void fillEmptySections() {
        int[] taken = new int[sections.count];
        for (int[] chosen : sectionsOf) {
            for (int section : chosen) {
                if (section >= sections.first && section < sections.first + sections.count) {
                    taken[section - sections.first]++;
                }
            }
        }
        for (int local = 0; local < sections.count; local++) {
            if (taken[local] == 0) {
                int student = fillingStudent(local);
                int[] grown = Arrays.copyOf(sectionsOf[student], sectionsOf[student].length + 1);
                grown[grown.length - 1] = sections.first + local;
                sectionsOf[student] = grown;
            }
        }
    }

    /** A student of the section's grade who has sections, else anyone with sections, else anyone. */
    private int fillingStudent(int local) {
        SplittableRandom random = Mix.random(plan.seed, Stream.ENROLLMENT, -1L - sections.first - local);
        int students = sectionsOf.length;
        int start = random.nextInt(students);
        int fallback = -1;
        for (int step = 0; step < students; step++) {
            int student = (start + step) % students;
            if (!withoutSections[student]) {
                if (studentGrade[student] == sections.grade[local]) {
                    return student;
                }
                fallback = fallback < 0 ? student : fallback;
            }
        }
        return fallback >= 0 ? fallback : start;
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
