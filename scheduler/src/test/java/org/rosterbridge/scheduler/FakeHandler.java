package org.rosterbridge.scheduler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/** A job handler that records its calls and does what the test says: succeed, throw, or wait at a gate. */
final class FakeHandler implements JobHandler {
    final List<JobKey> calls = new CopyOnWriteArrayList<>();
    private volatile BiFunction<JobKey, RunContext, RunOutcome> behaviour =
            (key, context) -> RunOutcome.succeeded("synced " + key.instance());

    FakeHandler doing(BiFunction<JobKey, RunContext, RunOutcome> behaviour) {
        this.behaviour = behaviour;
        return this;
    }

    @Override
    public RunOutcome run(JobKey key, RunContext context) {
        calls.add(key);
        return behaviour.apply(key, context);
    }

    /** Lets a test hold a run in progress: the handler signals that it entered, then waits to be let go. */
    static final class Gate {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        RunOutcome pass(JobKey key) {
            entered.countDown();
            await(released);
            return RunOutcome.succeeded("passed the gate");
        }

        void awaitEntered() {
            await(entered);
        }

        void release() {
            released.countDown();
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(60, TimeUnit.SECONDS)) {
                    throw new AssertionError("Gate not reached within a minute");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
