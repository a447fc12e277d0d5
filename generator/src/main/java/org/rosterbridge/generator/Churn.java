package org.rosterbridge.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;
import org.rosterbridge.clever.csv.ValidationReport;

/**
 * One churn step: streams the current snapshot through each file's churn in file order (schools first,
 * enrolments last, so every file can rely on what came before it) and writes the next snapshot as it
 * goes. Only ids and small samples are kept, never whole files.
 */
final class Churn implements Consumer<Row> {

    private final Map<CleverFile, FileChurn> churns = new EnumMap<>(CleverFile.class);
    private final DistrictFiles files;
    private int next;

    private Churn(ChurnContext context) {
        this.files = context.files();
        churns.put(CleverFile.SCHOOLS, new SchoolChurn(context));
        churns.put(CleverFile.TEACHERS, new TeacherChurn(context));
        churns.put(CleverFile.STAFF, new StaffChurn(context));
        churns.put(CleverFile.STUDENTS, new StudentChurn(context));
        churns.put(CleverFile.SECTIONS, new SectionChurn(context));
        churns.put(CleverFile.ENROLLMENTS, new EnrollmentChurn(context));
    }

    static GenerationSummary run(ChurnSettings settings, Path directory, DistrictReader reader) {
        Path from = settings.from();
        requireDistinct(from, directory);
        HeldRecords held = HeldRecords.read(from);
        IdCounters ids = new IdCounters();
        seeHeld(held, ids);
        ChangeCounter counter = new ChangeCounter();
        DistrictFiles files = new DistrictFiles(directory, written(from));
        ValidationReport report;
        try (files) {
            ChurnDice dice = new ChurnDice(settings.seed(), settings.percent());
            Churn churn = new Churn(new ChurnContext(dice, new ChurnState(), held, files, counter, ids));
            report = reader.read(from, churn);
            churn.finishUpTo(CleverFile.values().length);
        }
        held.write(directory);
        if (!report.valid()) {
            throw new GeneratorException("the district in " + from + " has " + report.errors()
                    + " errors; its next snapshot in " + directory + " may not be valid either");
        }
        return new GenerationSummary(files.written(), counter.changes());
    }

    @Override
    public void accept(Row row) {
        finishUpTo(row.file().ordinal());
        churns.get(row.file()).accept(row);
    }

    /** Finishes every file before the one at {@code ordinal}: rows arrive file by file, in file order. */
    private void finishUpTo(int ordinal) {
        while (next < ordinal) {
            CleverFile file = CleverFile.values()[next++];
            churns.get(file).finish();
            files.finish(file);
        }
    }

    private static void seeHeld(HeldRecords held, IdCounters ids) {
        for (HeldRecords.Held entry : held.all()) {
            Row row = entry.row();
            switch (entry.file()) {
                case TEACHERS -> ids.see(Ids.TEACHER, Records.id(row));
                case STAFF -> ids.see(Ids.STAFF, Records.id(row));
                case SECTIONS -> ids.see(Ids.SECTION, Records.id(row));
                case STUDENTS -> {
                    ids.see(Ids.STUDENT, Records.id(row));
                    ids.see(Ids.CONTACT, row.get(StudentColumn.CONTACT_SIS_ID));
                }
                default -> {}
            }
        }
    }

    /** Every file, except staff.csv when the snapshot has none (it is optional). */
    private static Set<CleverFile> written(Path from) {
        Set<CleverFile> files = EnumSet.allOf(CleverFile.class);
        if (!Files.exists(from.resolve(CleverFile.STAFF.fileName()))) {
            files.remove(CleverFile.STAFF);
        }
        return files;
    }

    private static void requireDistinct(Path from, Path directory) {
        if (!Files.isDirectory(from)) {
            throw new GeneratorException("not a directory: " + from);
        }
        try {
            if (Files.exists(directory) && Files.isSameFile(from, directory)) {
                throw new GeneratorException("the next snapshot must go to another directory than " + from);
            }
        } catch (IOException e) {
            throw new GeneratorException("cannot compare " + from + " and " + directory, e);
        }
    }
}
