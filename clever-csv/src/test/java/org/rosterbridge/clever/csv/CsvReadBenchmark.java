package org.rosterbridge.clever.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: times a raw FastCSV parse that touches every field of every file against
 * {@link CleverCsv#validate} on the same directory, interleaved, after one warm-up of each, and prints
 * MB/s, their ratio and the peak heap during validation. Figures go to docs, never into assertions.
 *
 * <p>Each pass is timed twice: wall clock, and CPU time of the thread doing it. On a busy machine the
 * wall-clock figures swing with the neighbours' load; the CPU-time ratio stays put.
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
        double[][] rawRates = new double[2][runs];
        double[][] validateRates = new double[2][runs];
        long peak = 0;
        for (int run = 0; run < runs; run++) {
            double[] raw = rates(megabytes, () -> raw(files));
            resetPeaks();
            double[] validate = rates(megabytes, () -> CleverCsv.validate(dir));
            peak = Math.max(peak, peakHeapMb());
            for (int clock = 0; clock < 2; clock++) {
                rawRates[clock][run] = raw[clock];
                validateRates[clock][run] = validate[clock];
            }
            System.out.printf(
                    "run %d: raw FastCSV %.1f MB/s (%.1f per CPU s), validate %.1f MB/s (%.1f per CPU s)%n",
                    run + 1, raw[0], raw[1], validate[0], validate[1]);
        }
        for (int clock = 0; clock < 2; clock++) {
            double raw = median(rawRates[clock]);
            double validate = median(validateRates[clock]);
            System.out.printf(
                    "median by %s: raw FastCSV %.1f MB/s, validate %.1f MB/s, ratio %.0f %%%n",
                    clock == 0 ? "wall clock" : "thread CPU time", raw, validate, 100 * validate / raw);
        }
        System.out.printf("peak heap during validate: %d MB (sum of the heap pools' peaks, garbage included)%n", peak);
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

    /** MB/s of {@code work} by wall clock and by this thread's CPU time. */
    private static double[] rates(double megabytes, Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - start) / 1e9;
        double used = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        return new double[] {megabytes / wall, megabytes / used};
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
