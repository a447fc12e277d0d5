package org.rosterbridge.hub.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.csv.CleverFile;

/**
 * What the upload directory looks like: each Clever file's name, size and modification time. A change in
 * any of them means a new upload; the same fingerprint after a restart means nothing new to read.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** The fingerprint of {@code directory}; empty when it holds none of the files. */
    public static String of(Path directory) {
        List<String> parts = new ArrayList<>();
        for (CleverFile file : CleverFile.values()) {
            Path path = directory.resolve(file.fileName());
            if (Files.isRegularFile(path)) {
                parts.add(file.fileName() + ":" + size(path));
            }
        }
        return String.join(";", parts);
    }

    private static String size(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            // A file replaced while we look: report it as changing, the next look will settle it.
            return "changing";
        }
    }
}
