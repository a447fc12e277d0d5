package org.rosterbridge.export;

/** A grade code as the SIS spells it, and its position in the SIS's own grade order. */
record GradeLevel(String code, int sortOrder) {}
