package org.rosterbridge.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rosterbridge.clever.csv.CleverCsv;

/**
 * Deterministic synthetic districts as Clever SFTP files, and their next snapshots.
 *
 * <p>{@link #generate} writes schools.csv, teachers.csv, staff.csv, students.csv, sections.csv and
 * enrollments.csv for a district of the given size, in the proportions of {@link Tier}, with every edge
 * case Clever documents at a realistic rate: co-teachers (up to the full ten), teachers and students
 * without sections, students enrolled at several schools, teachers at several schools (one row per
 * school), teachers who are also staff (same e-mail), School Tech Leads, identical names, names with
 * accents, CJK, apostrophes, commas and double quotes, missing optional values, e-mails without
 * {@code @} or missing, siblings sharing contacts, students with several contact rows, terms and courses.
 * The same settings always give byte-identical files; nothing depends on the clock or on hash order.
 * Generation streams school by school, so an XL district needs little memory.
 *
 * <p>{@link #churn} reads a snapshot with {@link CleverCsv#read} and writes the next one: adds, drops,
 * students moving school or section, edited values, and records coming back. Dropped records are kept,
 * whole, in {@value #HELD_FILE} beside the new snapshot (Clever ignores files it does not know); each
 * later churn brings back about half of them, and any held for three steps, with their old ids and values.
 */
public final class DistrictGenerator {

    /** The side file of records a churn step dropped and a later one may bring back. */
    public static final String HELD_FILE = ".rosterbridge-held.csv";

    private DistrictGenerator() {}

    /**
     * Writes a fresh district into {@code directory} (created if absent; existing district files and any
     * {@value #HELD_FILE} are replaced).
     *
     * @throws GeneratorException when the directory cannot be written
     */
    public static GenerationSummary generate(GeneratorSettings settings, Path directory) {
        deleteHeldFile(directory);
        return new Generation(settings).writeTo(directory);
    }

    /**
     * Reads the district in {@code settings.from()} and writes its next snapshot into {@code directory},
     * which must not be the same directory.
     *
     * @throws GeneratorException when the district cannot be read or has errors, or the output cannot be
     *     written
     */
    public static GenerationSummary churn(ChurnSettings settings, Path directory) {
        return churn(settings, directory, CleverCsv::read);
    }

    static GenerationSummary churn(ChurnSettings settings, Path directory, DistrictReader reader) {
        return Churn.run(settings, directory, reader);
    }

    private static void deleteHeldFile(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(HELD_FILE));
        } catch (IOException e) {
            throw new GeneratorException("cannot replace " + directory.resolve(HELD_FILE), e);
        }
    }
}
