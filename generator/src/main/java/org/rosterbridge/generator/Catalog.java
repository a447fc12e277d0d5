package org.rosterbridge.generator;

import java.util.SplittableRandom;

/**
 * Subjects (Clever's list), courses and terms. A course is keyed by subject, grade and variant, so every
 * school that teaches it shares one Course_number, as Clever's course objects are district-wide. Some
 * names carry an ampersand, a comma, an apostrophe, a registered sign or CJK.
 */
final class Catalog {

    /** One of Clever's subjects with the course names it offers in grades 6 to 12 ({@code |} separates variants). */
    enum Subject {
        MATH(
                "math",
                "MA",
                "Mathematics",
                "Math 6",
                "Math 7",
                "Pre-Algebra|Algebra I",
                "Algebra I|Geometry",
                "Geometry|Algebra II",
                "Algebra II|Pre-Calculus",
                "AP® Calculus AB|Statistics"),
        ELA(
                "english/language arts",
                "EN",
                "English Language Arts",
                "English 6",
                "English 7",
                "English 8",
                "English 9|Honors English 9",
                "English 10",
                "AP English Language",
                "AP English Literature"),
        SCIENCE(
                "science",
                "SC",
                "Science",
                "Earth Science",
                "Life Science",
                "Physical Science",
                "Biology",
                "Chemistry",
                "Physics",
                "AP Environmental Science"),
        SOCIAL(
                "social studies",
                "SS",
                "Social Studies",
                "World Cultures",
                "U.S. History I",
                "Civics",
                "World History",
                "U.S. History",
                "Government & Economics",
                "Psychology"),
        LANGUAGE(
                "language",
                "WL",
                "World Language",
                "Spanish I",
                "Spanish I|French I",
                "Spanish II|中文 I",
                "Español para hispanohablantes",
                "French II|Spanish II",
                "Spanish III|中文 II",
                "AP Spanish Language"),
        TECHNOLOGY(
                "technology and engineering",
                "TE",
                "Technology",
                "Computer Science Discoveries",
                "Robotics",
                "Intro to Engineering",
                "Computer Science Principles",
                "Web Design",
                "AP Computer Science A",
                "Engineering Design"),
        PE(
                "PE and health",
                "PE",
                "Physical Education",
                "PE & Health 6",
                "PE & Health 7",
                "PE & Health 8",
                "Health",
                "Physical Education",
                "Lifetime Fitness",
                "Team Sports"),
        ARTS(
                "arts and music",
                "AR",
                "Art and Music",
                "Art & Design",
                "Music: Band, Orchestra",
                "Chorus",
                "Drawing & Painting",
                "Theatre Arts",
                "Ceramics",
                "AP Studio Art"),
        HOMEROOM(
                "homeroom/advisory",
                "HR",
                "Homeroom",
                "Advisory",
                "Advisory",
                "Advisory",
                "Advisory",
                "Advisory",
                "Advisory",
                "Senior Seminar"),
        INTERVENTION(
                "interventions/online learning",
                "IN",
                "Reading Intervention",
                "Reading Intervention",
                "Math Lab",
                "Math Lab",
                "Credit Recovery (Online)",
                "Credit Recovery (Online)",
                "Online Course",
                "Online Course"),
        OTHER(
                "other",
                "OT",
                "Library",
                "Study Hall",
                "Study Hall",
                "Study Hall",
                "Study Hall",
                "Driver's Education",
                "Study Hall",
                "Teacher's Assistant");

        private final String clever;
        private final String code;
        private final String elementary;
        private final String[] secondary;

        Subject(String clever, String code, String elementary, String... secondary) {
            this.clever = clever;
            this.code = code;
            this.elementary = elementary;
            this.secondary = secondary;
        }

        String clever() {
            return clever;
        }
    }

    /** A course as sections.csv carries it. */
    record Course(Subject subject, String name, String number) {}

    /** A term as sections.csv carries it; dates in {@code YYYY-MM-DD}, the form Clever's reader keeps. */
    record Term(String name, String start, String end) {}

    private static final Term[] SEMESTER_NAMES = {
        new Term("2025-2026", "2025-08-18", "2026-05-29"),
        new Term("Fall 2025", "2025-08-18", "2025-12-19"),
        new Term("Spring 2026", "2026-01-05", "2026-05-29")
    };
    private static final Term[] NUMBERED_NAMES = {
        new Term("Year 2025-26", "2025-08-20", "2026-06-05"),
        new Term("S1 2025-26", "2025-08-20", "2026-01-16"),
        new Term("S2 2025-26", "2026-01-20", "2026-06-05")
    };

    private static final Subject[] ELEMENTARY_MIX = {
        Subject.ELA,
        Subject.ELA,
        Subject.ELA,
        Subject.MATH,
        Subject.MATH,
        Subject.MATH,
        Subject.SCIENCE,
        Subject.SOCIAL,
        Subject.HOMEROOM,
        Subject.HOMEROOM,
        Subject.ARTS,
        Subject.PE,
        Subject.INTERVENTION
    };
    private static final Subject[] SECONDARY_MIX = {
        Subject.MATH,
        Subject.MATH,
        Subject.MATH,
        Subject.ELA,
        Subject.ELA,
        Subject.ELA,
        Subject.SCIENCE,
        Subject.SCIENCE,
        Subject.SOCIAL,
        Subject.SOCIAL,
        Subject.LANGUAGE,
        Subject.LANGUAGE,
        Subject.PE,
        Subject.ARTS,
        Subject.TECHNOLOGY,
        Subject.HOMEROOM,
        Subject.INTERVENTION,
        Subject.OTHER
    };

    private Catalog() {}

    static Course course(SplittableRandom random, int grade) {
        if (grade < 6) {
            Subject subject = Mix.pick(random, ELEMENTARY_MIX);
            String label = grade == Grades.PRE_K ? "Pre-K" : grade == Grades.KINDERGARTEN ? "K" : "" + grade;
            return new Course(subject, subject.elementary + " " + label, number(subject, grade, 0));
        }
        Subject subject = Mix.pick(random, SECONDARY_MIX);
        String[] variants = subject.secondary[grade - 6].split("\\|");
        int variant = random.nextInt(variants.length);
        return new Course(subject, variants[variant], number(subject, grade, variant));
    }

    private static String number(Subject subject, int grade, int variant) {
        String level = grade == Grades.PRE_K ? "PK" : grade < 10 ? "0" + grade : Integer.toString(grade);
        return subject.code + level + "0" + (variant + 1);
    }

    /** Elementary classes run all year; about half of secondary ones are one semester. */
    static Term term(SplittableRandom random, int school, int grade) {
        Term[] terms = school % 3 == 2 ? NUMBERED_NAMES : SEMESTER_NAMES;
        if (grade < 6 || random.nextInt(2) == 0) {
            return terms[0];
        }
        return terms[1 + random.nextInt(2)];
    }
}
