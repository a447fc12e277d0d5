package org.rosterbridge.sync;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** A prepared batch that flushes every thousand rows, so a district of any size streams to the database. */
final class Batch implements AutoCloseable {

    private static final int SIZE = 1000;

    private final PreparedBatch batch;
    private int pending;
    private long total;

    Batch(Handle handle, String sql) {
        this.batch = handle.prepareBatch(sql);
    }

    void add(Consumer<PreparedBatch> binder) {
        binder.accept(batch);
        batch.add();
        total++;
        if (++pending == SIZE) {
            flush();
        }
    }

    long total() {
        return total;
    }

    void flush() {
        if (pending > 0) {
            batch.execute();
            pending = 0;
        }
    }

    @Override
    public void close() {
        flush();
        batch.close();
    }
}
