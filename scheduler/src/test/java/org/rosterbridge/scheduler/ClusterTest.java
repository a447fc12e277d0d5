package org.rosterbridge.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Several nodes on one database: db-scheduler's table hands each due run to exactly one of them. */
@ParameterizedClass
@EnumSource(Database.class)
class ClusterTest extends SchedulerFixture {
    @Test
    void twoManualNodesRacingForDueJobsRunEachExactlyOnce() throws Exception {
        Scheduler other = manualNode("node-b");
        List<JobKey> keys = IntStream.range(0, 20)
                .mapToObj(i -> JobKey.of("sync", "district-" + i))
                .toList();
        keys.forEach(key -> scheduler.schedule(key, Schedule.nightly(NEW_YORK)));
        clock.set(newYork(2026, 9, 2, 1, 0));
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<List<RunRecord>> a = CompletableFuture.supplyAsync(() -> afterBarrier(together, scheduler));
        CompletableFuture<List<RunRecord>> b = CompletableFuture.supplyAsync(() -> afterBarrier(together, other));
        List<RunRecord> all = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
        all.addAll(b.get(60, TimeUnit.SECONDS));

        assertThat(all).extracting(RunRecord::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(sync.calls).containsExactlyInAnyOrderElementsOf(keys);
        keys.forEach(key -> assertThat(scheduler.history(key, 5)).hasSize(1));
    }

    private static List<RunRecord> afterBarrier(CyclicBarrier barrier, Scheduler node) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return node.runDueNow();
    }

    @Test
    void twoStartedNodesRunEachQueuedJobExactlyOnce() throws Exception {
        List<JobKey> keys = IntStream.range(0, 10)
                .mapToObj(i -> JobKey.of("export", "district-" + i))
                .toList();
        keys.forEach(key -> scheduler.schedule(key, Schedule.manual()));
        Scheduler first = startedNode("node-1");
        Scheduler second = startedNode("node-2");

        IntStream.range(0, keys.size())
                .forEach(i -> assertThat((i % 2 == 0 ? first : second).runNow(keys.get(i)))
                        .isEqualTo(RunNowResult.QUEUED));
        awaitFinishedRuns(keys);
        first.close();
        second.close();

        assertThat(export.calls).containsExactlyInAnyOrderElementsOf(keys);
        keys.forEach(key -> assertThat(scheduler.history(key, 5)).hasSize(1));
    }

    private Scheduler startedNode(String name) {
        Scheduler node = Scheduler.builder(dataSource)
                .clock(clock)
                .nodeName(name)
                .handler("export", export)
                .threads(2)
                .pollInterval(Duration.ofMillis(50))
                .build();
        nodes.add(node);
        node.start();
        return node;
    }

    /** Waits for an event, not for time: the runs' records appear when they end. */
    private void awaitFinishedRuns(List<JobKey> keys) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!keys.stream().allMatch(key -> !scheduler.history(key, 1).isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Runs did not finish within a minute: " + export.calls);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
