package org.rosterbridge.hub.derive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/** Unsigned LEB128 ints: lengths in work files take one byte when small. */
final class VarInts {
    private VarInts() {}

    static int write(OutputStream out, int value) throws IOException {
        int size = 1;
        while ((value & ~0x7f) != 0) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
            size++;
        }
        out.write(value);
        return size;
    }

    static void write(java.io.ByteArrayOutputStream out, int value) {
        while ((value & ~0x7f) != 0) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    static int read(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }
}
