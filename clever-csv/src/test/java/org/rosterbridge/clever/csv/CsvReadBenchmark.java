package org.rosterbridge.clever.csv;

import com.sun.management.OperatingSystemMXBean;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: times a raw FastCSV parse that touches every field of every file against
 * {@link CleverCsv#validate} on the same directory, interleaved, after one warm-up of each, and prints
 * MB/s, their ratio and the peak heap during validation. Figures go to docs, never into assertions.
 *
 * <p>Three passes per run: raw FastCSV, {@code validate} as shipped (parsing on a second thread), and the
 * same on one thread. Each is timed by wall clock and by the process's CPU time: on a busy machine the
 * wall-clock figures swing with the neighbours' load, and the CPU-time ratio shows the work done.
 *
 * <p>{@code java -Xmx512m -cp ... org.rosterbridge.clever.csv.CsvReadBenchmark DIR [RUNS]}
 */
final class CsvReadBenchmark {

    private CsvReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CsvReadBenchmark DIR [RUNS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files = files(dir);
        double megabytes = megabytes(files);
        System.out.printf("%s: %.1f MB in %d files, max heap %d MB%n", dir, megabytes, files.size(), maxHeapMb());
        raw(files);
        report(CleverCsv.validate(dir));
        List<Pass> passes = List.of(
                new Pass("raw FastCSV", () -> raw(files)),
                new Pass("validate", () -> CleverCsv.validate(dir)),
                new Pass("validate on one thread", () -> oneThread(dir)));
        long peak = 0;
        for (int run = 0; run < runs; run++) {
            StringBuilder line = new StringBuilder("run " + (run + 1) + ":");
            for (Pass pass : passes) {
                resetPeaks();
                pass.time(megabytes, run, runs);
                if (pass != passes.get(0)) {
                    peak = Math.max(peak, peakHeapMb());
                }
                line.append(String.format(" %s %.1f MB/s (%.1f per CPU s);", pass.name, pass.wall[run], pass.cpu[run]));
            }
            System.out.println(line);
        }
        Pass raw = passes.get(0);
        for (Pass pass : passes.subList(1, passes.size())) {
            System.out.printf(
                    "median %s: %.1f MB/s = %.0f %% of raw FastCSV's %.1f MB/s (by process CPU time: %.0f %%)%n",
                    pass.name,
                    median(pass.wall),
                    100 * median(pass.wall) / median(raw.wall),
                    median(raw.wall),
                    100 * median(pass.cpu) / median(raw.cpu));
        }
        System.out.printf("peak heap while validating: %d MB (sum of the heap pools' peaks, garbage included)%n", peak);
    }

    /** One way of reading the directory, with its rates per run by wall clock and by process CPU time. */
    private static final class Pass {
        final String name;
        final Runnable work;
        double[] wall = new double[0];
        double[] cpu = new double[0];

        Pass(String name, Runnable work) {
            this.name = name;
            this.work = work;
        }

        void time(double megabytes, int run, int runs) {
            if (wall.length != runs) {
                wall = new double[runs];
                cpu = new double[runs];
            }
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            work.run();
            wall[run] = megabytes / ((System.nanoTime() - start) / 1e9);
            cpu[run] = megabytes / ((os.getProcessCpuTime() - cpuStart) / 1e9);
        }
    }

    /** What {@link CleverCsv#validate} does, without the second parsing thread. */
    private static ValidationReport oneThread(Path dir) {
        return new DistrictReader(dir, Year.now(ZoneOffset.UTC).getValue(), false).read(DistrictReader.NO_ROWS);
    }

    /** Parses every file, touching every field, as the yardstick. */
    private static long raw(List<Path> files) {
        long characters = 0;
        for (Path file : files) {
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
                for (CsvRecord record : csv) {
                    for (int i = 0; i < record.getFieldCount(); i++) {
                        characters += record.getField(i).length();
                    }
                }
            } catch (IOException e) {
                throw new CleverCsvException("cannot read " + file, e);
            }
        }
        return characters;
    }

    private static void report(ValidationReport report) {
        System.out.printf("validate: %d errors, %d warnings; rows:", report.errors(), report.warnings());
        for (CleverFile file : CleverFile.values()) {
            System.out.printf(
                    " %s %d", file.fileName(), report.files().get(file).rows());
        }
        System.out.println();
        report.problems().stream().limit(5).forEach(problem -> System.out.println("  " + problem));
    }

    private static List<Path> files(Path dir) {
        List<Path> files = new ArrayList<>();
        for (CleverFile file : CleverFile.values()) {
            Path path = dir.resolve(file.fileName());
            if (Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        return files;
    }

    private static double megabytes(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return bytes / 1e6;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound, since it counts garbage not yet collected. */
    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                >> 20;
    }

    private static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
