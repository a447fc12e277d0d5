package org.rosterbridge.clever.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a file stops being UTF-8. The reading decoder only says that it failed, somewhere in a
 * buffer; this second pass, run only on a failed file, decodes it again counting line breaks the way
 * FastCSV does (LF, CRLF and a bare CR each end a line).
 */
final class EncodingLocator {

    /** Where the first invalid byte is: its physical line, from 1, and its offset in the file, from 0. */
    record Location(long line, long offset) {}

    private EncodingLocator() {}

    static Location locate(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        long consumed = 0;
        boolean afterCr = false;
        try (InputStream in = Files.newInputStream(path)) {
            while (true) {
                boolean end = fill(in, bytes);
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n' ? !afterCr : c == '\r') {
                        line++;
                    }
                    afterCr = c == '\r';
                }
                chars.clear();
                if (result.isError()) {
                    return new Location(line, consumed + bytes.position());
                }
                consumed += bytes.position();
                bytes.compact();
                if (end && result.isUnderflow()) {
                    return new Location(line, consumed);
                }
            }
        }
    }

    private static boolean fill(InputStream in, ByteBuffer bytes) throws IOException {
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read > 0) {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        return read < 0;
    }
}
