package org.rosterbridge.hub.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.hub.ids.IdColumn;

/** Writes the hub's compact binary form of records. Not thread-safe; reusable after {@link #reset}. */
final class ByteWriter {
    private byte[] bytes = new byte[512];
    private int size;

    void reset() {
        size = 0;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** 64-bit FNV-1a of the bytes written so far: equal records have equal hashes. */
    long hash() {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < size; i++) {
            hash ^= bytes[i] & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    void flag(boolean value) {
        ensure(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    void varInt(int value) {
        ensure(5);
        while ((value & ~0x7f) != 0) {
            bytes[size++] = (byte) ((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    void int64(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void text(String value) {
        if (isAscii(value)) {
            varInt(value.length());
            ensure(value.length());
            for (int i = 0; i < value.length(); i++) {
                bytes[size++] = (byte) value.charAt(i);
            }
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varInt(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }
    }

    void id(CleverId id) {
        long hi = IdColumn.high(id);
        int lo = IdColumn.low(id);
        int64(hi);
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (lo >>> shift);
        }
    }

    void ids(List<CleverId> ids) {
        varInt(ids.size());
        ids.forEach(this::id);
    }

    void optionalId(Optional<CleverId> id) {
        flag(id.isPresent());
        id.ifPresent(this::id);
    }

    void code(Coded<?> code) {
        text(code.wire());
    }

    void instant(Instant instant) {
        int64(instant.toEpochMilli());
    }

    void optionalInstant(Optional<Instant> instant) {
        flag(instant.isPresent());
        instant.ifPresent(this::instant);
    }

    void optionalDate(Optional<LocalDate> date) {
        flag(date.isPresent());
        date.ifPresent(d -> int64(d.toEpochDay()));
    }

    void texts(List<String> values) {
        varInt(values.size());
        values.forEach(this::text);
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
