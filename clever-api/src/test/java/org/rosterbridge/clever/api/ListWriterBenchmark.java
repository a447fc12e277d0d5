package org.rosterbridge.clever.api;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.CleverId;

/**
 * Encoding throughput of a 10,000-user page through {@link ListWriter}. Not a test; run by hand (see
 * docs/clever-api-module.md) and copy the figure to the docs.
 */
final class ListWriterBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ListWriterBenchmark() {}

    public static void main(String[] args) {
        ApiVersion version = args.length > 0 ? ApiVersion.fromPath(args[0]) : ApiVersion.V3_1;
        CleverJson json = CleverJson.of(version);
        RosterGen gen = new RosterGen(42, version);
        CleverId district = gen.id();
        ResourceType type = version.isV3() ? ResourceType.USERS : ResourceType.STUDENTS;
        List<Stamped> page = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            page.add(new Stamped(RoundTripTest.record(gen, type, district), gen.stamps()));
        }
        CountingStream sink = new CountingStream();
        for (int round = 0; round < 30; round++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            ListWriter writer = json.listWriter(sink, type);
            page.forEach(writer::item);
            writer.finish(PageLinks.self(json.path(type) + "?limit=10000"));
            long nanos = System.nanoTime() - start;
            long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
            if (round >= 20) {
                System.out.printf(
                        "%s %s page of %d: %.1f ms wall, %.1f ms CPU, %.0f records per CPU-second, %.1f MB%n",
                        version.path(),
                        type.segment(),
                        page.size(),
                        nanos / 1e6,
                        cpu / 1e6,
                        page.size() * 1e9 / cpu,
                        sink.count / 1e6);
            }
            sink.count = 0;
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
