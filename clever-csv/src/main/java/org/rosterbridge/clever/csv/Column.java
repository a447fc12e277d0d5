package org.rosterbridge.clever.csv;

/**
 * A column of one of Clever's SFTP files. Each file has an enum of its columns whose declaration order
 * is the canonical order the writer uses.
 */
public sealed interface Column
        permits SchoolColumn, StudentColumn, TeacherColumn, SectionColumn, EnrollmentColumn, StaffColumn {

    /** The header exactly as Clever spells it. */
    String header();

    /** Whether a row must carry a non-empty value. */
    boolean required();

    /** How values are normalised and checked. */
    ColumnKind kind();

    /** The file this column belongs to. */
    CleverFile file();

    /** Position in the canonical column order, from 0. */
    int ordinal();
}
