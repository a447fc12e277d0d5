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
    private final byte[] lengthBytes = new byte[5];
    private byte[] record = new byte[1024];
    private int size;
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
        size = 0;
        for (String value : row.values()) {
            encode(value);
        }
        long offset = written;
        int header = 0;
        for (int length = size; ; length >>>= 7) {
            if ((length & ~0x7f) == 0) {
                lengthBytes[header++] = (byte) length;
                break;
            }
            lengthBytes[header++] = (byte) ((length & 0x7f) | 0x80);
        }
        try {
            out.write(lengthBytes, 0, header);
            out.write(record, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write work file " + file, e);
        }
        written += header + size;
        return offset;
    }

    // UTF-8 by hand into the record buffer: no byte array per value, no lock per byte. Strings with
    // surrogates, rare in SIS data, go through the JDK's encoder, which writes exactly these bytes too.
    private void encode(String value) {
        int length = value.length();
        int utf8 = utf8Length(value);
        if (utf8 < 0) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            varInt(bytes.length);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, record, size, bytes.length);
            size += bytes.length;
            return;
        }
        varInt(utf8);
        ensure(utf8);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                record[size++] = (byte) c;
            } else if (c < 0x800) {
                record[size++] = (byte) (0xc0 | (c >> 6));
                record[size++] = (byte) (0x80 | (c & 0x3f));
            } else {
                record[size++] = (byte) (0xe0 | (c >> 12));
                record[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                record[size++] = (byte) (0x80 | (c & 0x3f));
            }
        }
    }

    // The UTF-8 length of a string without surrogates; -1 when it has one.
    private static int utf8Length(String value) {
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                return -1;
            }
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    private void varInt(int value) {
        ensure(5);
        while ((value & ~0x7f) != 0) {
            record[size++] = (byte) ((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        record[size++] = (byte) value;
    }

    private void ensure(int more) {
        if (size + more > record.length) {
            record = java.util.Arrays.copyOf(record, Math.max(record.length * 2, size + more));
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
