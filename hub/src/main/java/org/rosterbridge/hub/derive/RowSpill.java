package org.rosterbridge.hub.derive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/**
 * Rows parked in a temporary file while the rest of the district is read, because a large district's
 * student and section rows do not fit in the heap but are needed again only once, when objects are built.
 * Rows are written in one pass and read back by offset, mostly in the order written.
 *
 * <p>Not thread-safe.
 */
final class RowSpill implements AutoCloseable {
    private static final int WINDOW = 1 << 18;

    private final Path file;
    private final OutputStream out;
    private final java.io.ByteArrayOutputStream record = new java.io.ByteArrayOutputStream(1024);
    private long written;
    private FileChannel channel;
    private ByteBuffer window = ByteBuffer.allocate(0);
    private long windowStart;

    RowSpill(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, name, ".spill");
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work file in " + directory, e);
        }
    }

    /** Parks {@code row}; returns the offset to read it back with. */
    long write(Row row) {
        record.reset();
        for (String value : row.values()) {
            encode(value);
        }
        long offset = written;
        try {
            written += VarInts.write(out, record.size());
            record.writeTo(out);
            written += record.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write work file " + file, e);
        }
        return offset;
    }

    // Most SIS values are ASCII: those skip the encoder and its garbage.
    private void encode(String value) {
        int length = value.length();
        boolean ascii = true;
        for (int i = 0; i < length && ascii; i++) {
            ascii = value.charAt(i) < 0x80;
        }
        if (ascii) {
            VarInts.write(record, length);
            for (int i = 0; i < length; i++) {
                record.write(value.charAt(i));
            }
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            VarInts.write(record, utf8.length);
            record.write(utf8, 0, utf8.length);
        }
    }

    /** Reads back the row of {@code file} written at {@code offset}. */
    Row read(long offset, CleverFile rowFile) {
        ByteBuffer record = record(offset);
        List<String> values = new ArrayList<>(rowFile.columns().size());
        while (record.hasRemaining()) {
            int length = VarInts.read(record);
            values.add(
                    length == 0
                            ? ""
                            : new String(
                                    record.array(),
                                    record.arrayOffset() + record.position(),
                                    length,
                                    StandardCharsets.UTF_8));
            record.position(record.position() + length);
        }
        return new Row(rowFile, 0, values);
    }

    private ByteBuffer record(long offset) {
        ensureWindow(offset, 5);
        ByteBuffer view = window.duplicate();
        view.position((int) (offset - windowStart));
        int length = VarInts.read(view);
        int header = view.position() - (int) (offset - windowStart);
        ensureWindow(offset, header + length);
        view = window.duplicate();
        int start = (int) (offset - windowStart) + header;
        view.position(start).limit(start + length);
        return view.slice();
    }

    private void ensureWindow(long offset, int length) {
        if (offset >= windowStart && offset + length <= windowStart + window.limit()) {
            return;
        }
        try {
            if (channel == null) {
                out.flush();
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            window = ByteBuffer.allocate(Math.max(WINDOW, length));
            windowStart = offset;
            while (window.hasRemaining() && channel.read(window, offset + window.position()) > 0) {
                // keep reading until the window is full or the file ends
            }
            window.flip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read work file " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove work file " + file, e);
        }
    }
}
