package org.rosterbridge.hub.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.rosterbridge.hub.HubException;

/**
 * Passes items to a consumer on a thread of its own, in the order given, so that the producing thread
 * makes the next items while the consumer works on the last ones: one ingest step per core. Items travel
 * in batches through a short bounded queue, which keeps a slow consumer from filling the heap and
 * the queue's locking off the per-item path. A sequential handoff calls the consumer directly instead, on
 * the producing thread; both hand the consumer the same items in the same order.
 *
 * <p>Call {@link #finish} when every item is given, then use what the consumer built; {@link #close}
 * stops the consumer early if something failed. A consumer's failure reaches the producer at its next
 * batch or at {@link #finish}; the consumer then skips what is still queued.
 *
 * <p>One producing thread.
 */
final class Handoff<T> implements Consumer<T>, AutoCloseable {
    private static final int BATCH = 1024;
    private static final int DEPTH = 16;

    private final Consumer<? super T> target;
    private final BlockingQueue<List<T>> queue;
    private final List<T> end = new ArrayList<>(0);
    private final Thread worker;
    private volatile RuntimeException failure;
    private List<T> batch = new ArrayList<>(BATCH);
    private boolean open = true;

    private Handoff(Consumer<? super T> target, String name, boolean parallel) {
        this.target = target;
        this.queue = parallel ? new ArrayBlockingQueue<>(DEPTH) : new ArrayBlockingQueue<>(1);
        this.worker = parallel ? new Thread(this::drain, name) : null;
        if (worker != null) {
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** A handoff to {@code target} on a new thread called {@code name}. */
    static <T> Handoff<T> parallel(String name, Consumer<? super T> target) {
        return new Handoff<>(target, name, true);
    }

    /** A handoff that calls {@code target} on the producing thread. */
    static <T> Handoff<T> sequential(Consumer<? super T> target) {
        return new Handoff<>(target, "", false);
    }

    static <T> Handoff<T> of(boolean parallel, String name, Consumer<? super T> target) {
        return parallel ? parallel(name, target) : sequential(target);
    }

    @Override
    public void accept(T item) {
        if (worker == null) {
            target.accept(item);
            return;
        }
        batch.add(item);
        if (batch.size() == BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until the consumer has taken every item; throws its failure, if any. */
    void finish() {
        if (worker != null && open) {
            if (!batch.isEmpty()) {
                send(batch);
            }
            batch = List.of();
            stop();
        }
        throwFailure();
    }

    @Override
    public void close() {
        if (worker != null && open) {
            stop();
        }
    }

    private void send(List<T> items) {
        throwFailure();
        put(items);
    }

    private void stop() {
        open = false;
        put(end);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while waiting for " + worker.getName(), e);
        }
    }

    private void put(List<T> items) {
        try {
            queue.put(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while handing work to " + worker.getName(), e);
        }
    }

    // Thrown as the consumer threw it, so that callers see the same exceptions as in sequential mode.
    private void throwFailure() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    private void drain() {
        try {
            for (List<T> items = queue.take(); items != end; items = queue.take()) {
                consume(items);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void consume(List<T> items) {
        if (failure != null) {
            return;
        }
        try {
            items.forEach(target);
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new HubException(worker.getName() + " failed", e);
        }
    }
}
