package org.rosterbridge.export;

/** Whose status code lists decide ELL, FRL and IEP status. */
public enum StateCodes {
    /** Pennsylvania's codes. */
    PA,
    /** New York's codes. */
    NY,
    /** The state named in the extract's district table (which must then be PA or NY). */
    DISTRICT
}
