/**
 * Clever's six SFTP files: their columns ({@link org.rosterbridge.clever.csv.CleverFile}), streaming
 * reading with normalisation and validation, and writing. The entry point is
 * {@link org.rosterbridge.clever.csv.CleverCsv}.
 */
package org.rosterbridge.clever.csv;
