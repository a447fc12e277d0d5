package org.rosterbridge.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.ValidationReport;

/**
 * The SIS side of rosterbridge: turns an SIS (an extract directory or a database) into Clever's SFTP files by
 * the business rules of eSchoolData's Clever export (seed 004, docs/export-rules.md), and delivers them.
 *
 * <p>An export is written into a staging directory inside the output directory, checked by the Clever CSV
 * validator (pre-flight), compared with the files already in the output directory (churn, and a warning when
 * Clever would hold the upload), uploaded over SFTP when asked, and only then moved into place. Anything that
 * fails before the move delivers nothing: the output directory keeps the last delivered export.
 */
public final class SisExport {
    private static final String STAGING_PREFIX = ".staging-";

    private final Function<Path, ValidationReport> validator;

    private SisExport(Function<Path, ValidationReport> validator) {
        this.validator = validator;
    }

    /** Runs one export with {@code settings}. Data problems are in the report; broken settings throw. */
    public static ExportReport run(ExportSettings settings) {
        return new SisExport(CleverCsv::validate).export(settings);
    }

    /** Writes a deterministic synthetic SIS extract (docs/sis-schema.md) into {@code request.out()}. */
    public static GeneratedSis generate(SyntheticSis request) {
        return new SyntheticSisWriter(request).write();
    }

    /** An exporter whose pre-flight is {@code validator}: the seam tests use while the real one is absent. */
    static SisExport withValidator(Function<Path, ValidationReport> validator) {
        return new SisExport(validator);
    }

    ExportReport export(ExportSettings settings) {
        Path out = settings.out();
        createDirectories(out);
        Path staging = createStaging(out);
        try {
            return exportVia(settings, staging);
        } finally {
            deleteTree(staging);
        }
    }

    private ExportReport exportVia(ExportSettings settings, Path staging) {
        Problems problems = new Problems();
        Map<CleverFile, Long> rows = new ExportRun(settings, staging, problems).write();
        Map<CleverFile, FileChurn> churn = new EnumMap<>(CleverFile.class);
        if (!problems.hasErrors()) {
            // Churn and pre-flight both only read the staged files: the comparison runs beside the validator.
            CompletableFuture<Map<CleverFile, FileChurn>> changes =
                    CompletableFuture.supplyAsync(() -> churn(settings.out(), staging, rows));
            try {
                Preflight.check(validator.apply(staging), problems);
            } finally {
                // Never leave it reading a staging directory that is about to be removed.
                churn.putAll(changes.join());
            }
        }
        if (problems.hasErrors()) {
            churn.clear();
        } else {
            warnHolds(churn, problems);
            deliver(settings, staging, rows, problems);
        }
        return new ExportReport(
                settings.out(), rows, churn, problems.warnings(), problems.errors(), !problems.hasErrors());
    }

    private static Map<CleverFile, FileChurn> churn(Path out, Path staging, Map<CleverFile, Long> rows) {
        Map<CleverFile, FileChurn> churn = new EnumMap<>(CleverFile.class);
        rows.forEach((file, count) -> churn.put(
                file, Churn.compare(file, out.resolve(file.fileName()), staging.resolve(file.fileName()), count)));
        return churn;
    }

    private static void warnHolds(Map<CleverFile, FileChurn> churn, Problems problems) {
        churn.forEach((file, change) -> {
            if (change.wouldHold()) {
                problems.warning(
                        file.fileName(),
                        "clever-hold",
                        String.format(
                                "Clever would hold this upload: %d of %d %s records removed, %d changed",
                                change.removed(), change.before(), file.fileName(), change.changed()));
            }
        });
    }

    private static void deliver(ExportSettings settings, Path staging, Map<CleverFile, Long> rows, Problems problems) {
        List<Path> files = new ArrayList<>();
        for (CleverFile file : rows.keySet()) {
            files.add(staging.resolve(file.fileName()));
        }
        if (settings.delivery() instanceof Delivery.Sftp) {
            try {
                new SftpUploader((Delivery.Sftp) settings.delivery()).upload(files);
            } catch (ExportException e) {
                problems.error(((Delivery.Sftp) settings.delivery()).uri().getHost(), "delivery-sftp", e.getMessage());
                return;
            }
        }
        moveInto(settings.out(), files, settings.includeStaff());
    }

    private static void moveInto(Path out, List<Path> files, boolean includeStaff) {
        try {
            for (Path file : files) {
                Files.move(
                        file,
                        out.resolve(file.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            if (!includeStaff) {
                // A staff.csv left from an earlier export would no longer match the rest of the directory.
                Files.deleteIfExists(out.resolve(CleverFile.STAFF.fileName()));
            }
        } catch (IOException e) {
            throw new ExportException("cannot move the export into " + out, e);
        }
    }

    private static void createDirectories(Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ExportException("cannot create the output directory " + out, e);
        }
    }

    private static Path createStaging(Path out) {
        try {
            return Files.createTempDirectory(out, STAGING_PREFIX);
        } catch (IOException e) {
            throw new ExportException("cannot create a staging directory in " + out, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
