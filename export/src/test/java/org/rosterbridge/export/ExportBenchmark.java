package org.rosterbridge.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.ValidationReport;

/**
 * Times one export of an SIS extract into the six Clever files and prints the seconds and the peak heap.
 * Not a test: run it by hand (docs/export.md, "Benchmark"), e.g. on the XL tier with {@code -Xmx1g}.
 *
 * <p>Arguments: the extract directory, the output directory, and {@code --no-preflight} to leave the Clever
 * CSV validator out of the timing.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {}

    public static void main(String[] args) {
        Path sis = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean preflight = !(args.length > 2 && args[2].equals("--no-preflight"));
        ExportSettings settings = ExportSettings.builder(new SisSource.CsvExtract(sis), out, LocalDate.of(2027, 3, 1))
                .includeStaff(true)
                .build();
        java.util.function.Function<Path, ValidationReport> validator =
                preflight ? CleverCsv::validate : FixtureSis.ACCEPT_ALL;
        long start = System.nanoTime();
        ExportReport report = SisExport.withValidator(validator).export(settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "export of %s: %.1f s, peak heap %d MB, delivered %s, preflight %s%n",
                sis, seconds, peakHeap() / (1024 * 1024), report.delivered(), preflight ? "on" : "off");
        report.rows().forEach((file, rows) -> System.out.printf("  %-16s %,d rows%n", file.fileName(), rows));
        report.problems().stream().limit(10).forEach(p -> System.out.println("  problem " + p));
    }

    /** The sum of every heap pool's peak: an upper bound of the heap in use at any one moment. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
