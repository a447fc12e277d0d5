package org.rosterbridge.clever.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-written district that passes validation, as text per file; a test changes one file and
 * writes it into a temporary directory. Lines are joined with LF unless a test writes bytes itself.
 */
final class District {

    static final String SCHOOLS = lines(
            "School_id,School_name,School_number,Low_grade,High_grade",
            "SCH1,North Elementary,101,Kindergarten,5",
            "SCH2,South Middle,102,6,8");
    static final String TEACHERS = lines(
            "School_id,Teacher_id,Teacher_email,First_name,Last_name",
            "SCH1,T1,ada@example.org,Ada,Lovelace",
            "SCH2,T1,ada@example.org,Ada,Lovelace",
            "SCH2,T2,alan@example.org,Alan,Turing");
    static final String STAFF =
            lines("School_id,Staff_id,Staff_email,First_name,Last_name", "SCH1,ST1,grace@example.org,Grace,Hopper");
    static final String STUDENTS = lines(
            "School_id,Student_id,Last_name,First_name,Grade,Gender,DOB,Contact_name,Contact_type",
            "SCH1,S1,Doe,Jane,5,F,2014-03-01,John Doe,Parent/Guardian",
            "SCH1,S1,Doe,Jane,5,F,2014-03-01,Mary Doe,Emergency",
            "SCH2,S2,Roe,Rick,6,M,2013-01-31,,");
    static final String SECTIONS = lines(
            "School_id,Section_id,Teacher_id,Teacher_2_id,Name,Grade,Subject,Term_start,Term_end",
            "SCH1,SEC1,T1,,Math 5,5,math,2025-08-15,2026-06-10",
            "SCH2,SEC2,T2,T1,Science 6,6,science,2025-08-15,2026-06-10");
    static final String ENROLLMENTS =
            lines("School_id,Section_id,Student_id", "SCH1,SEC1,S1", "SCH2,SEC2,S2", "SCH2,SEC2,S1");

    private final Map<CleverFile, String> texts = new EnumMap<>(CleverFile.class);

    private District() {
        texts.put(CleverFile.SCHOOLS, SCHOOLS);
        texts.put(CleverFile.TEACHERS, TEACHERS);
        texts.put(CleverFile.STAFF, STAFF);
        texts.put(CleverFile.STUDENTS, STUDENTS);
        texts.put(CleverFile.SECTIONS, SECTIONS);
        texts.put(CleverFile.ENROLLMENTS, ENROLLMENTS);
    }

    static District valid() {
        return new District();
    }

    static String lines(String... lines) {
        return String.join("\n", List.of(lines)) + "\n";
    }

    District with(CleverFile file, String text) {
        texts.put(file, text);
        return this;
    }

    District without(CleverFile file) {
        texts.remove(file);
        return this;
    }

    /** Writes the files into {@code directory} and returns it. */
    Path writeTo(Path directory) {
        texts.forEach((file, text) -> write(directory.resolve(file.fileName()), text.getBytes(StandardCharsets.UTF_8)));
        return directory;
    }

    static void write(Path path, byte[] bytes) {
        try {
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
