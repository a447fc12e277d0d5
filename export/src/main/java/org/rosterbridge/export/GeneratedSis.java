package org.rosterbridge.export;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link SisExport#generate} wrote.
 *
 * @param rows data rows per extract file name
 */
public record GeneratedSis(Path out, Map<String, Long> rows) {
    public GeneratedSis {
        rows = Map.copyOf(rows);
    }
}
