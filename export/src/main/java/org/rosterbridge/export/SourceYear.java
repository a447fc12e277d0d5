package org.rosterbridge.export;

/** Which school year the export reads: classes, and the school and grade students are filtered and shown by. */
public enum SourceYear {
    /** The district's current year: students' current school and grade. */
    CURRENT,
    /** Next year: students' scheduling school and grade, and next year's classes. */
    NEXT
}
