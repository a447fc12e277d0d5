package org.rosterbridge.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The shape of a district, fixed before any row is written: how many students, teachers, sections and
 * staff each school has, which teachers also teach at a second school and which are also staff. Only
 * arrays of ints (a few per teacher and per school, none per student or enrolment), so an XL district's
 * plan stays small; everything per person is regenerated from the seed when its row is written.
 *
 * <p>Students, teachers and sections are numbered district-wide, school after school, so a number
 * alone says which school a record belongs to.
 */
final class DistrictPlan {

    private static final double TEACHING_SHARE = 0.9;
    private static final double TRAVELLING_SHARE = 0.04;
    private static final double TEACHER_STAFF_SHARE = 0.01;

    final long seed;
    final int schools;
    final int students;
    final int teachers;
    final Level[] levels;
    final int[] lowGrade;
    final int[] studentStart;
    final int[] teacherStart;
    final int[] sectionStart;
    /** Sections each teacher has at their own school; 0 for the tenth who teach none. */
    final int[] homeLoad;
    /** The second school of a travelling teacher, -1 for the rest. */
    final int[] secondSchool;
    /** Sections a travelling teacher has at the second school. */
    final int[] visitLoad;
    /** Travelling teachers grouped by second school; {@code visitorStart} indexes it per school. */
    final int[] visitors;

    final int[] visitorStart;
    final StaffPlan staff;

    DistrictPlan(GeneratorSettings settings) {
        seed = settings.seed();
        schools = settings.schools();
        students = settings.students();
        teachers = settings.teachers();
        levels = new Level[schools];
        lowGrade = new int[schools];
        double[] weights = levels();
        studentStart = starts(apportion(students, weights));
        teacherStart = starts(apportion(teachers, sizes(studentStart)));
        homeLoad = new int[teachers];
        secondSchool = new int[teachers];
        visitLoad = new int[teachers];
        drawTeachers();
        visitorStart = new int[schools + 1];
        visitors = groupVisitors();
        sectionStart = starts(sectionCounts());
        staff = new StaffPlan(this);
    }

    int highGrade(int school) {
        return levels[school].high();
    }

    int bandSize(int school) {
        return highGrade(school) - lowGrade[school] + 1;
    }

    boolean teachesGrade(int school, int grade) {
        return grade >= lowGrade[school] && grade <= highGrade(school);
    }

    int schoolOfStudent(int student) {
        return owner(studentStart, student);
    }

    int schoolOfSection(int section) {
        return owner(sectionStart, section);
    }

    int schoolOfTeacher(int teacher) {
        return owner(teacherStart, teacher);
    }

    int sections() {
        return sectionStart[schools];
    }

    /** The grade of a student, drawn from their school's grades alone. */
    int studentGrade(int school, int student) {
        return lowGrade[school] + (int) Long.remainderUnsigned(Mix.of(seed, Stream.STUDENT, student), bandSize(school));
    }

    /** The grade a section is for, drawn from its school's grades alone. */
    int sectionGrade(int school, int section) {
        long hash = Mix.of(seed, Stream.SECTION_GRADE, section);
        return lowGrade[school] + (int) Long.remainderUnsigned(hash, bandSize(school));
    }

    boolean teaches(int teacher) {
        return homeLoad[teacher] > 0;
    }

    private double[] levels() {
        double[] weights = new double[schools];
        for (int school = 0; school < schools; school++) {
            SplittableRandom random = Mix.random(seed, Stream.SCHOOL, school);
            levels[school] = Level.ofSchool(school);
            boolean preK = levels[school] == Level.ELEMENTARY && Mix.chance(random, 0.3);
            lowGrade[school] = preK ? Grades.PRE_K : levels[school].low();
            weights[school] = levels[school].weight() * (0.7 + 0.6 * random.nextDouble());
        }
        return weights;
    }

    private void drawTeachers() {
        for (int school = 0; school < schools; school++) {
            for (int teacher = teacherStart[school]; teacher < teacherStart[school + 1]; teacher++) {
                SplittableRandom random = Mix.random(seed, Stream.TEACHER, teacher);
                boolean teaching = teacher == teacherStart[school] || Mix.chance(random, TEACHING_SHARE);
                homeLoad[teacher] = teaching ? 4 + random.nextInt(6) : 0;
                boolean travels = teaching && schools > 1 && Mix.chance(random, TRAVELLING_SHARE);
                secondSchool[teacher] = travels ? (school + 1) % schools : -1;
                visitLoad[teacher] = travels ? 1 + random.nextInt(2) : 0;
            }
        }
    }

    /** Whether this teacher also has a staff.csv row under the same e-mail; the district's first always does. */
    boolean alsoStaff(int teacher) {
        return teacher == 0 || Mix.unit(seed, Stream.TEACHER_PERSON, -1L - teacher) < TEACHER_STAFF_SHARE;
    }

    private int[] groupVisitors() {
        for (int teacher = 0; teacher < teachers; teacher++) {
            if (secondSchool[teacher] >= 0) {
                visitorStart[secondSchool[teacher] + 1]++;
            }
        }
        for (int school = 0; school < schools; school++) {
            visitorStart[school + 1] += visitorStart[school];
        }
        int[] grouped = new int[visitorStart[schools]];
        int[] next = Arrays.copyOf(visitorStart, schools);
        for (int teacher = 0; teacher < teachers; teacher++) {
            if (secondSchool[teacher] >= 0) {
                grouped[next[secondSchool[teacher]]++] = teacher;
            }
        }
        return grouped;
    }

    private int[] sectionCounts() {
        int[] counts = new int[schools];
        for (int teacher = 0; teacher < teachers; teacher++) {
            counts[schoolOfTeacher(teacher)] += homeLoad[teacher];
            if (secondSchool[teacher] >= 0) {
                counts[secondSchool[teacher]] += visitLoad[teacher];
            }
        }
        return counts;
    }

    private static int[] sizes(int[] starts) {
        int[] sizes = new int[starts.length - 1];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = starts[i + 1] - starts[i];
        }
        return sizes;
    }

    private static int[] starts(int[] counts) {
        int[] starts = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            starts[i + 1] = starts[i] + counts[i];
        }
        return starts;
    }

    private static int[] apportion(int total, int[] weights) {
        return apportion(total, Arrays.stream(weights).asDoubleStream().toArray());
    }

    /** Splits {@code total} in proportion to {@code weights}, each share at least 1 (largest remainder). */
    static int[] apportion(int total, double[] weights) {
        int parts = weights.length;
        double sum = Arrays.stream(weights).sum();
        int[] shares = new int[parts];
        double[] remainders = new double[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            double exact = 1 + (total - parts) * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parts; i++) {
                best = remainders[i] > remainders[best] ? i : best;
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }

    /** The index {@code i} with {@code starts[i] <= number < starts[i + 1]}. */
    private static int owner(int[] starts, int number) {
        int found = Arrays.binarySearch(starts, number);
        if (found >= 0) {
            while (found + 1 < starts.length && starts[found + 1] == number) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }
}
