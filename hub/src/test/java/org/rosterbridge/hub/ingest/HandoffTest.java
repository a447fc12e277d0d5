package org.rosterbridge.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class HandoffTest {
    @Test
    void deliversEveryItemInOrderOnItsOwnThread() {
        List<Integer> seen = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Handoff<Integer> handoff = Handoff.parallel("handoff-test", item -> {
            seen.add(item);
            threads.add(Thread.currentThread().getName());
        })) {
            for (int i = 0; i < 10_000; i++) {
                handoff.accept(i);
            }
            handoff.finish();
        }
        assertThat(seen).hasSize(10_000).isSorted().doesNotHaveDuplicates();
        assertThat(threads).containsExactly("handoff-test");
    }

    @Test
    void sequentialHandoffCallsTheConsumerOnTheCallingThread() {
        List<String> threads = new ArrayList<>();
        try (Handoff<Integer> handoff =
                Handoff.sequential(item -> threads.add(Thread.currentThread().getName()))) {
            handoff.accept(1);
            handoff.finish();
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void throwsTheConsumersFailureToTheProducer() {
        IllegalStateException broken = new IllegalStateException("disk full");
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> {
                    try (Handoff<Integer> handoff = Handoff.parallel("handoff-test", item -> {
                        if (item == 5) {
                            throw broken;
                        }
                        seen.add(item);
                    })) {
                        for (int i = 0; i < 100_000; i++) {
                            handoff.accept(i);
                        }
                        handoff.finish();
                    }
                })
                .isSameAs(broken);
        assertThat(seen).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void closingWithoutFinishingStopsTheConsumer() {
        List<Integer> seen = new ArrayList<>();
        Handoff<Integer> handoff = Handoff.parallel("handoff-test", seen::add);
        handoff.accept(1);
        handoff.close();
        assertThat(seen).isEmpty();
    }
}
