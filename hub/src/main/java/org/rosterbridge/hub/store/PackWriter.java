package org.rosterbridge.hub.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jdbi.v3.core.Handle;
import org.rosterbridge.hub.HubException;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.LongList;

/**
 * Collects the record versions a snapshot writes, in any order, in a work file; then stores them in
 * packs in the order the caller gives (ascending kind and id), so that pages of a list, which go by id,
 * read few packs.
 * Not thread-safe; one per snapshot.
 */
final class PackWriter implements AutoCloseable {
    static final int SLOTS = 256;
    private static final int BATCH = 64;

    private final Path file;
    private final DataOutputStream out;
    private final int snapshot;
    private final LongList offsets = new LongList();
    // Kept so that a version is read back with one call, not a header read and a body read.
    private final IntList lengths = new IntList();
    private long written;

    PackWriter(Path workDirectory, int snapshot) {
        this.snapshot = snapshot;
        try {
            Files.createDirectories(workDirectory);
            file = Files.createTempFile(workDirectory, "versions", ".spill");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work file in " + workDirectory, e);
        }
    }

    /** Parks a version; returns its index, which {@link #finish} maps to the version number. */
    int add(byte[] body, long created, long modified) {
        offsets.add(written);
        lengths.add(body.length);
        try {
            out.writeLong(created);
            out.writeLong(modified);
            out.writeInt(body.length);
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write work file " + file, e);
        }
        written += 20 + body.length;
        return offsets.size() - 1;
    }

    /**
     * Stores every parked version in packs numbered from {@code firstPack}, in the given order of indices
     * (ascending kind and id); returns each index's version.
     */
    long[] finish(Handle handle, long firstPack, int[] order) {
        long[] versions = new long[offsets.size()];
        try (FileChannel channel = open()) {
            Batch packs = new Batch(handle, "INSERT INTO record_pack (pack, snapshot, body) VALUES (?, ?, ?)");
            PackBuffer pack = new PackBuffer();
            long packNumber = firstPack;
            for (int index : order) {
                pack.add(read(channel, offsets.get(index), lengths.get(index)));
                versions[index] = (packNumber << 8) | (pack.count() - 1);
                if (pack.count() == SLOTS) {
                    packs.add(packNumber++, snapshot, pack.toBytes());
                    pack = new PackBuffer();
                    executeEvery(packs);
                }
            }
            if (pack.count() > 0) {
                packs.add(packNumber, snapshot, pack.toBytes());
            }
            packs.execute();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read work file " + file, e);
        }
        return versions;
    }

    private static void executeEvery(Batch packs) {
        if (packs.size() >= BATCH) {
            packs.execute();
        }
    }

    private FileChannel open() throws IOException {
        out.close();
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer entry = ByteBuffer.allocate(20 + length);
        readFully(channel, entry, offset);
        return entry.array();
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long offset) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new HubException("work file ended early");
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove work file " + file, e);
        }
    }

    /** One pack being filled: entries as written to the work file (created, modified, length, body). */
    private static final class PackBuffer {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        private int count;

        void add(byte[] entry) {
            bytes.writeBytes(entry);
            count++;
        }

        int count() {
            return count;
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }
}
