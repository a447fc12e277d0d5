package org.rosterbridge.hub.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.clever.CleverCode;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.hub.ids.IdColumn;

/** Reads what {@link ByteWriter} wrote. Not thread-safe; one per record. */
final class ByteReader {
    private final byte[] bytes;
    private int at;

    ByteReader(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean flag() {
        return bytes[at++] != 0;
    }

    int varInt() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at++];
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    long int64() {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[at++] & 0xff);
        }
        return value;
    }

    String text() {
        int length = varInt();
        String value = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return value;
    }

    CleverId id() {
        long hi = int64();
        int lo = 0;
        for (int i = 0; i < 4; i++) {
            lo = (lo << 8) | (bytes[at++] & 0xff);
        }
        return IdColumn.of(hi, lo);
    }

    List<CleverId> ids() {
        int count = varInt();
        List<CleverId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(id());
        }
        return ids;
    }

    Optional<CleverId> optionalId() {
        return flag() ? Optional.of(id()) : Optional.empty();
    }

    <E extends Enum<E> & CleverCode> Coded<E> code(Class<E> type) {
        return Coded.of(type, text());
    }

    Instant instant() {
        return Instant.ofEpochMilli(int64());
    }

    Optional<Instant> optionalInstant() {
        return flag() ? Optional.of(instant()) : Optional.empty();
    }

    Optional<LocalDate> optionalDate() {
        return flag() ? Optional.of(LocalDate.ofEpochDay(int64())) : Optional.empty();
    }

    List<String> texts() {
        int count = varInt();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(text());
        }
        return values;
    }
}
