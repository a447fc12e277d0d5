package org.rosterbridge.clever.csv;

/**
 * How the reader normalises and checks a column's values. Clever's files are loosely typed text; the
 * kind says which spellings real districts send and what canonical form the rest of rosterbridge sees.
 */
public enum ColumnKind {
    /** Free text, kept as written (trimmed of surrounding white space). */
    TEXT,
    /** An SIS identifier: trimmed, compared exactly. */
    ID,
    /** A calendar date; normalised to {@code YYYY-MM-DD}. */
    DATE,
    /** Clever's grade code list; {@code 0}, {@code K}, {@code PK} and friends are normalised. */
    GRADE,
    /** {@code M}, {@code F}, {@code X}; {@code male}/{@code female} are normalised. */
    GENDER,
    /** {@code Y} or {@code N}; {@code yes}/{@code true} and friends are normalised. */
    YES_NO,
    /** Clever's race strings; the one-letter codes some exports send are normalised. */
    RACE,
    /** {@code Free}, {@code Reduced}, {@code Paid}, {@code Other}. */
    FRL,
    /** Clever's home language names. */
    LANGUAGE,
    /** Clever's subject strings. */
    SUBJECT,
    /** {@code Cell}, {@code Home}, {@code Work}, {@code Other}. */
    PHONE_TYPE,
    /** Clever's contact relationship list. */
    RELATIONSHIP,
    /** Clever's contact type list. */
    CONTACT_TYPE,
    /** An e-mail address; Clever neither verifies nor normalises these. */
    EMAIL
}
