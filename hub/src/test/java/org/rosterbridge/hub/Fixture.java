package org.rosterbridge.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosterbridge.clever.csv.CleverFile;

/**
 * A small hand-written district with every case the hub derives something from: a teacher who is also
 * staff (same e-mail, other case), a teacher at two schools, co-teachers, siblings sharing a contact by
 * Contact_sis_id, a student listed twice for two contacts, a student without sections, a section with a
 * course name and one without, two terms, courses with and without numbers, an unknown subject.
 */
final class Fixture {
    static final String SCHOOLS = lines(
            "School_id,School_name,School_number,Low_grade,High_grade,School_state",
            "SCH1,North Elementary,101,Kindergarten,5,CA",
            "SCH2,South Middle,102,6,8,CA",
            "SCH3,East High,103,9,12,CA");
    static final String TEACHERS = lines(
            "School_id,Teacher_id,Teacher_email,First_name,Last_name,Title",
            "SCH1,T1,ada@example.org,Ada,Lovelace,Teacher",
            "SCH2,T1,ada@example.org,Ada,Lovelace,Teacher",
            "SCH2,T2,alan@example.org,Alan,Turing,Teacher",
            "SCH3,T3,,Edsger,Dijkstra,",
            "SCH3,T4,barbara@example.org,Barbara,Liskov,");
    static final String STAFF = lines(
            "School_id,Staff_id,Staff_email,First_name,Last_name,Title,Role",
            "SCH1,ST1,grace@example.org,Grace,Hopper,Principal,School Tech Lead",
            "SCH2,ST2,Alan@Example.org,Alan,Turing,Counsellor,");
    static final String STUDENTS = lines(
            "School_id,Student_id,Last_name,First_name,Grade,Gender,DOB,Contact_name,Contact_type,"
                    + "Contact_relationship,Contact_sis_id,Contact_email,Contact_phone,Contact_phone_type",
            "SCH1,S1,Doe,Jane,5,F,2014-03-01,John Doe,Parent/Guardian,Parent,C1,john@example.org,555-0100,Cell",
            "SCH1,S1,Doe,Jane,5,F,2014-03-01,Mary Doe,Emergency,Aunt/Uncle,,mary@example.org,,",
            "SCH2,S2,Doe,Jim,6,M,2013-01-31,John Doe,Parent/Guardian,Parent,C1,john@example.org,555-0100,Cell",
            "SCH2,S3,Roe,Rick,7,M,2012-05-05,,,,,,,",
            "SCH3,S4,Poe,Pat,9,X,2010-09-09,,,,,,,",
            "SCH3,S5,Loe,Lou,10,F,2009-10-10,,,,,,,");
    static final String SECTIONS = lines(
            "School_id,Section_id,Teacher_id,Teacher_2_id,Name,Period,Grade,Subject,Course_name,Course_number,"
                    + "Term_name,Term_start,Term_end",
            "SCH1,SEC1,T1,,Math 5,1,5,math,Math,M5,Year,2025-08-15,2026-06-10",
            "SCH2,SEC2,T2,T1,Science 6,2,6,science,Science,SC6,Year,2025-08-15,2026-06-10",
            "SCH2,SEC3,T1,,Homeroom 6,,6,Homeroom,,,Fall,2025-08-15,2025-12-20",
            "SCH3,SEC4,T3,T4,Algebra,3,9,basket weaving,Algebra I,,Year,2025-08-15,2026-06-10",
            "SCH3,SEC5,T4,,Physics,4,10,science,Physics,PH1,Fall,2025-08-15,2025-12-20");
    static final String ENROLLMENTS = lines(
            "School_id,Section_id,Student_id",
            "SCH1,SEC1,S1",
            "SCH2,SEC2,S1",
            "SCH2,SEC3,S1",
            "SCH2,SEC2,S2",
            "SCH2,SEC3,S2",
            "SCH3,SEC4,S4",
            "SCH3,SEC5,S4",
            "SCH3,SEC4,S5");

    private final Map<CleverFile, String> texts = new EnumMap<>(CleverFile.class);

    private Fixture() {
        texts.put(CleverFile.SCHOOLS, SCHOOLS);
        texts.put(CleverFile.TEACHERS, TEACHERS);
        texts.put(CleverFile.STAFF, STAFF);
        texts.put(CleverFile.STUDENTS, STUDENTS);
        texts.put(CleverFile.SECTIONS, SECTIONS);
        texts.put(CleverFile.ENROLLMENTS, ENROLLMENTS);
    }

    static Fixture district() {
        return new Fixture();
    }

    Fixture with(CleverFile file, String text) {
        texts.put(file, text);
        return this;
    }

    /** Appends lines to a file. */
    Fixture plus(CleverFile file, String... lines) {
        texts.put(file, texts.get(file) + lines(lines));
        return this;
    }

    /** Removes the lines containing {@code fragment} from a file. */
    Fixture without(CleverFile file, String fragment) {
        StringBuilder kept = new StringBuilder();
        for (String line : texts.get(file).split("\n")) {
            if (!line.contains(fragment)) {
                kept.append(line).append('\n');
            }
        }
        texts.put(file, kept.toString());
        return this;
    }

    Path writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<CleverFile, String> entry : texts.entrySet()) {
                Files.writeString(
                        directory.resolve(entry.getKey().fileName()), entry.getValue(), StandardCharsets.UTF_8);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lines(String... lines) {
        return String.join("\n", List.of(lines)) + "\n";
    }
}
