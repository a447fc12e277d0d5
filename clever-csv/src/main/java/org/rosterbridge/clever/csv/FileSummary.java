package org.rosterbridge.clever.csv;

/**
 * What validation saw of one file.
 *
 * @param file the file
 * @param present whether it was in the directory
 * @param rows data rows read (the header not counted)
 * @param errors errors found in it
 * @param warnings warnings found in it
 */
public record FileSummary(CleverFile file, boolean present, long rows, long errors, long warnings) {}
