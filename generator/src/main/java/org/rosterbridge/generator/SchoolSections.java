package org.rosterbridge.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The sections of one school: who teaches each, for which grade. Each teaching teacher of the school
 * has their run of sections (period 1, 2, ...), then each travelling teacher who visits it. About 14 % of
 * sections have co-teachers, a few the full ten teachers; teachers without sections never co-teach.
 */
final class SchoolSections {

    private static final double CO_TAUGHT_SHARE = 0.14;
    static final int MAX_TEACHERS = 10;

    final int school;
    final int first;
    final int count;
    final int[] primary;
    final int[] period;
    final int[] grade;
    final int[][] coTeachers;
    private final int[] pool;

    SchoolSections(DistrictPlan plan, int school) {
        this.school = school;
        this.first = plan.sectionStart[school];
        this.count = plan.sectionStart[school + 1] - first;
        this.primary = new int[count];
        this.period = new int[count];
        this.grade = new int[count];
        this.coTeachers = new int[count][];
        this.pool = pool(plan, school);
        assignPrimaries(plan);
        for (int local = 0; local < count; local++) {
            grade[local] = plan.sectionGrade(school, first + local);
            coTeachers[local] = coTeachers(Mix.random(plan.seed, Stream.SECTION, -1L - first - local), local);
        }
    }

    private static int[] pool(DistrictPlan plan, int school) {
        int[] teachers = new int
                [plan.teacherStart[school + 1]
                        - plan.teacherStart[school]
                        + plan.visitorStart[school + 1]
                        - plan.visitorStart[school]];
        int size = 0;
        for (int teacher = plan.teacherStart[school]; teacher < plan.teacherStart[school + 1]; teacher++) {
            if (plan.teaches(teacher)) {
                teachers[size++] = teacher;
            }
        }
        for (int visit = plan.visitorStart[school]; visit < plan.visitorStart[school + 1]; visit++) {
            teachers[size++] = plan.visitors[visit];
        }
        return Arrays.copyOf(teachers, size);
    }

    private void assignPrimaries(DistrictPlan plan) {
        int local = 0;
        for (int teacher : pool) {
            boolean home = plan.schoolOfTeacher(teacher) == school;
            int load = home ? plan.homeLoad[teacher] : plan.visitLoad[teacher];
            for (int k = 0; k < load; k++, local++) {
                primary[local] = teacher;
                period[local] = home ? k + 1 : 8 - k;
            }
        }
    }

    private int[] coTeachers(SplittableRandom random, int local) {
        if (!Mix.chance(random, CO_TAUGHT_SHARE)) {
            return new int[0];
        }
        int roll = random.nextInt(100);
        int wanted = roll < 70 ? 1 : roll < 88 ? 2 : roll < 97 ? 3 + random.nextInt(3) : MAX_TEACHERS - 1;
        int[] chosen = new int[Math.min(wanted, pool.length - 1)];
        for (int filled = 0; filled < chosen.length; ) {
            int candidate = pool[random.nextInt(pool.length)];
            if (candidate != primary[local] && !contains(chosen, filled, candidate)) {
                chosen[filled++] = candidate;
            }
        }
        return chosen;
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
