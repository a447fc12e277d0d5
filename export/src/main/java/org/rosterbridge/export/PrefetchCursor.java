package org.rosterbridge.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a large table on its own thread, a batch of rows ahead of the reader, so that CSV parsing of the
 * biggest tables (enrollments, guardians) runs beside the rules on a second core. Rows are only parsed
 * there; every typed read, and so every reported problem, still happens on the reading thread.
 */
final class PrefetchCursor implements TableCursor {
    private static final int BATCH = 4_096;
    private static final List<SisRow> END = List.of();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread producer;
    private List<SisRow> batch = new ArrayList<>();
    private int next;
    private SisRow row;
    private boolean finished;

    PrefetchCursor(TableCursor source, String name) {
        this.producer = new Thread(() -> produce(source), "prefetch-" + name);
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(TableCursor source) {
        try (source) {
            List<SisRow> rows = new ArrayList<>(BATCH);
            while (source.advance()) {
                rows.add(source.row());
                if (rows.size() == BATCH) {
                    queue.put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            queue.put(rows);
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            queue.offer(e);
        }
    }

    @Override
    public boolean advance() {
        while (next >= batch.size()) {
            if (finished) {
                return false;
            }
            Object taken = take();
            if (taken instanceof RuntimeException) {
                finished = true;
                throw (RuntimeException) taken;
            }
            if (taken == END) {
                finished = true;
                return false;
            }
            @SuppressWarnings("unchecked") // only lists of rows and exceptions are queued
            List<SisRow> rows = (List<SisRow>) taken;
            batch = rows;
            next = 0;
        }
        row = batch.get(next++);
        return true;
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while reading the SIS", e);
        }
    }

    @Override
    public SisRow row() {
        return row;
    }

    @Override
    public void close() {
        producer.interrupt();
    }
}
