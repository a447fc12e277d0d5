package org.rosterbridge.generator;

import java.util.SplittableRandom;

/**
 * Who has a staff.csv row where: two to four people per school, district staff who cover a run of
 * schools (one row per school, same Staff_id), and the teachers who are also staff.
 */
final class StaffPlan {

    /** Staff numbers of each school's own staff; staff of school {@code s} are numbered from {@code local[s]}. */
    final int[] localStart;

    final int districtStaff;
    final int[] districtFirstSchool;
    final int[] districtSpan;
    final int districtBase;

    /** The staff number of each teacher who is also staff, -1 for the rest. */
    final int[] teacherStaffNumber;

    final int total;

    StaffPlan(DistrictPlan plan) {
        localStart = new int[plan.schools + 1];
        for (int school = 0; school < plan.schools; school++) {
            int local = 2 + Mix.random(plan.seed, Stream.STAFF, school).nextInt(3);
            localStart[school + 1] = localStart[school] + local;
        }
        districtBase = localStart[plan.schools];
        districtStaff = Math.max(1, plan.schools / 8);
        districtFirstSchool = new int[districtStaff];
        districtSpan = new int[districtStaff];
        for (int person = 0; person < districtStaff; person++) {
            SplittableRandom random = Mix.random(plan.seed, Stream.STAFF, -1L - person);
            districtFirstSchool[person] = random.nextInt(plan.schools);
            districtSpan[person] = 2 + random.nextInt(Math.min(4, plan.schools - 1));
        }
        teacherStaffNumber = new int[plan.teachers];
        int next = districtBase + districtStaff;
        for (int teacher = 0; teacher < plan.teachers; teacher++) {
            teacherStaffNumber[teacher] = plan.alsoStaff(teacher) ? next++ : -1;
        }
        total = next;
    }

    /** Whether district staff member {@code person} works at {@code school} (their run wraps around). */
    boolean covers(int person, int school, int schools) {
        int offset = Math.floorMod(school - districtFirstSchool[person], schools);
        return offset < districtSpan[person];
    }
}
