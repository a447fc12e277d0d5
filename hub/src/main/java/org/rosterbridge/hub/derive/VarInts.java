package org.rosterbridge.hub.derive;

import java.nio.ByteBuffer;

/** Unsigned LEB128 ints: lengths in work files take one byte when small. {@link RowSpill} writes them. */
final class VarInts {
    private VarInts() {}

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
