package org.rosterbridge.clever.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a file on a second thread while the caller's thread checks the records already parsed: decoding
 * and splitting cost about as much as checking, so on two cores reading takes about half as long. Records
 * cross in batches through a short queue, so at most {@code QUEUED * BATCH} records are held however large
 * the file. A parse failure reaches the caller after the records parsed before it, as it would without
 * the second thread.
 */
final class ReadAhead implements CloseableIterator<CsvRecord> {

    private static final int BATCH = 256;
    private static final int QUEUED = 16;

    private record Batch(CsvRecord[] records, int size, RuntimeException failure, boolean last) {}

    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(QUEUED);
    private final Thread parser;
    private Batch current = new Batch(new CsvRecord[0], 0, null, false);
    private int next;

    ReadAhead(CsvReader<CsvRecord> csv, String name) {
        this.parser = new Thread(() -> parse(csv), "clever-csv " + name);
        parser.setDaemon(true);
        parser.start();
    }

    @Override
    public boolean hasNext() {
        while (next == current.size()) {
            if (current.last()) {
                RuntimeException failure = current.failure();
                if (failure != null) {
                    current = new Batch(current.records(), current.size(), null, true);
                    throw failure;
                }
                return false;
            }
            current = take();
            next = 0;
        }
        return true;
    }

    @Override
    public CsvRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.records()[next++];
    }

    /** Stops the parsing thread if the caller stopped early (a sink that threw, say). */
    @Override
    public void close() {
        parser.interrupt();
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void parse(CsvReader<CsvRecord> csv) {
        CsvRecord[] records = new CsvRecord[BATCH];
        int size = 0;
        try (csv) {
            for (CsvRecord record : csv) {
                records[size++] = record;
                if (size == BATCH) {
                    batches.put(new Batch(records, size, null, false));
                    records = new CsvRecord[BATCH];
                    size = 0;
                }
            }
            batches.put(new Batch(records, size, null, true));
        } catch (InterruptedException e) {
            // The reader gave up on this file; nobody is waiting for the rest.
        } catch (IOException e) {
            handOver(new Batch(records, size, new UncheckedIOException(e), true));
        } catch (RuntimeException e) {
            handOver(new Batch(records, size, e, true));
        }
    }

    private void handOver(Batch last) {
        try {
            batches.put(last);
        } catch (InterruptedException e) {
            // The reader gave up on this file.
        }
    }

    private Batch take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CleverCsvException("interrupted while reading", e);
        }
    }
}
