package org.rosterbridge.generator;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/**
 * Writes a fresh district school by school, all six files at once. Other threads build the next few
 * schools' rows while this one writes, in school order, so the bytes do not depend on scheduling and
 * only a handful of schools are ever in memory.
 */
final class Generation {

    private static final int LOOK_AHEAD = 8;

    private final DistrictPlan plan;

    Generation(GeneratorSettings settings) {
        this.plan = new DistrictPlan(settings);
    }

    GenerationSummary writeTo(Path directory) {
        DistrictFiles files = new DistrictFiles(directory, EnumSet.allOf(CleverFile.class));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        ExecutorService builders = Executors.newFixedThreadPool(threads, Generation::daemon);
        try (files) {
            writeAll(files, builders);
        } finally {
            builders.shutdownNow();
        }
        return new GenerationSummary(files.written(), List.of());
    }

    private void writeAll(DistrictFiles files, ExecutorService builders) {
        Deque<Future<List<Row>>> pending = new ArrayDeque<>();
        int next = 0;
        while (next < plan.schools || !pending.isEmpty()) {
            while (next < plan.schools && pending.size() < LOOK_AHEAD) {
                int school = next++;
                pending.add(builders.submit(() -> SchoolBatch.of(plan, school)));
            }
            files.writeAll(await(pending.poll()));
        }
    }

    private static List<Row> await(Future<List<Row>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeneratorException("interrupted while generating", e);
        } catch (ExecutionException e) {
            throw new GeneratorException("could not generate a school", e.getCause());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "rosterbridge-generator");
        thread.setDaemon(true);
        return thread;
    }
}
