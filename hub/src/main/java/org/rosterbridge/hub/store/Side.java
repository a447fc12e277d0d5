package org.rosterbridge.hub.store;

import java.util.function.Supplier;
import org.rosterbridge.hub.HubException;

/**
 * A piece of work done beside the calling thread's own, on a thread of its own; or, when not parallel,
 * at once on the calling thread. Call {@link #await} (in a {@code finally}, so the thread never outlives
 * the files it reads) and then {@link #result}. A failure is thrown from {@link #result} as it was thrown.
 */
final class Side<T> {
    private final Thread thread;
    private T value;
    private RuntimeException failure;

    private Side(Supplier<T> work, String name, boolean parallel) {
        if (parallel) {
            thread = new Thread(() -> run(work), name);
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
            run(work);
        }
    }

    static <T> Side<T> of(boolean parallel, String name, Supplier<T> work) {
        return new Side<>(work, name, parallel);
    }

    private void run(Supplier<T> work) {
        try {
            value = work.get();
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new HubException(Thread.currentThread().getName() + " failed", e);
        }
    }

    /** Waits until the work is done. */
    void await() {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the work made; call after {@link #await}. */
    T result() {
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
