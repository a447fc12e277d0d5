/**
 * The SIS side of rosterbridge: an SIS model read from an extract directory or a JDBC database
 * (docs/sis-schema.md), the business rules of eSchoolData's Clever export, seed 004 (docs/export-rules.md),
 * the six Clever SFTP files, pre-flight validation, churn against the last delivered export, and SFTP
 * delivery (docs/export.md). {@link org.rosterbridge.export.SisExport} is the entry point; it also writes
 * deterministic synthetic SIS extracts for tests and benchmarks.
 *
 * <p>Large districts are streamed: the student tables are walked side by side in {@code student_id} order,
 * one student at a time; only schools, staff, one year's classes and the People records (packed) are held.
 */
package org.rosterbridge.export;
