package org.rosterbridge.export;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.rosterbridge.clever.csv.CleverFile;

/**
 * Counts adds, removes and changes by record key between the last delivered file and a new one. Both files
 * are in key order (the export writes them so), so one merge pass compares them with two records in memory.
 */
final class Churn {
    private Churn() {}

    /** The key columns of each file, by header, in the order the export sorts by. */
    static List<String> keyHeaders(CleverFile file) {
        switch (file) {
            case SCHOOLS:
                return List.of("School_id");
            case STUDENTS:
                return List.of("Student_id");
            case TEACHERS:
                return List.of("Teacher_id");
            case STAFF:
                return List.of("Staff_id");
            case SECTIONS:
                return List.of("Section_id");
            default:
                return List.of("Student_id", "Section_id");
        }
    }

    /** The churn from {@code before} to {@code after}; not compared when {@code before} is absent or unordered. */
    static FileChurn compare(CleverFile file, Path before, Path after, long afterRows) {
        if (!Files.isRegularFile(before)) {
            return FileChurn.notCompared(afterRows);
        }
        try (Groups old = new Groups(before, keyHeaders(file));
                Groups now = new Groups(after, keyHeaders(file))) {
            return merge(old, now);
        } catch (OutOfOrder | IOException | UncheckedIOException | RuntimeCsv e) {
            return FileChurn.notCompared(afterRows);
        }
    }

    private static FileChurn merge(Groups old, Groups now) {
        long before = 0, after = 0, added = 0, removed = 0, changed = 0;
        old.advance();
        now.advance();
        while (old.key != null || now.key != null) {
            int order = old.key == null ? 1 : now.key == null ? -1 : old.key.compareTo(now.key);
            if (order < 0) {
                removed++;
                before++;
                old.advance();
            } else if (order > 0) {
                added++;
                after++;
                now.advance();
            } else {
                changed += old.content.equals(now.content) ? 0 : 1;
                before++;
                after++;
                old.advance();
                now.advance();
            }
        }
        return new FileChurn(true, before, after, added, removed, changed);
    }

    /** Raised when a file is not in key order; the file is then not compared. */
    private static final class OutOfOrder extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
    }

    /** Any other unreadable old file. */
    private static final class RuntimeCsv extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        RuntimeCsv(Throwable cause) {
            super(cause);
        }
    }

    /** Consecutive records with one key, read as one group: the key and every record's fields joined. */
    private static final class Groups implements AutoCloseable {
        private final CsvReader<CsvRecord> reader;
        private final Iterator<CsvRecord> records;
        private final int[] keyPositions;
        private CsvRecord next;
        private String key;
        private String content;

        Groups(Path file, List<String> keyHeaders) throws IOException {
            this.reader = CsvReader.builder().ofCsvRecord(file);
            this.records = reader.iterator();
            List<String> header = records.hasNext() ? records.next().getFields() : List.of();
            this.keyPositions = positions(header, keyHeaders);
            this.next = fetch();
        }

        private static int[] positions(List<String> header, List<String> keys) {
            int[] result = new int[keys.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = -1;
                for (int h = 0; h < header.size(); h++) {
                    if (header.get(h)
                            .toLowerCase(Locale.ROOT)
                            .equals(keys.get(i).toLowerCase(Locale.ROOT))) {
                        result[i] = h;
                    }
                }
                if (result[i] < 0) {
                    throw new OutOfOrder();
                }
            }
            return result;
        }

        private CsvRecord fetch() {
            try {
                return records.hasNext() ? records.next() : null;
            } catch (RuntimeException e) {
                throw new RuntimeCsv(e);
            }
        }

        private String keyOf(CsvRecord record) {
            StringBuilder key = new StringBuilder();
            for (int position : keyPositions) {
                key.append(position < record.getFieldCount() ? record.getField(position) : "")
                        .append('\0');
            }
            return key.toString();
        }

        void advance() {
            String previous = key;
            if (next == null) {
                key = null;
                return;
            }
            key = keyOf(next);
            if (previous != null && key.compareTo(previous) <= 0) {
                throw new OutOfOrder();
            }
            StringBuilder all = new StringBuilder();
            while (next != null && keyOf(next).equals(key)) {
                all.append(String.join("\u001f", next.getFields())).append('\n');
                next = fetch();
            }
            content = all.toString();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
