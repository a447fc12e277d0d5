package org.rosterbridge.clever.csv;

/** How much a problem matters: an error rejects the upload, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in reports. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
