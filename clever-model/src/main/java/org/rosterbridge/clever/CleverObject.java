package org.rosterbridge.clever;

/** What every top-level Clever record has: its id and its district. */
public sealed interface CleverObject permits District, School, Term, Course, Section, User {
    CleverId id();

    /** The district the record belongs to; a district is its own. */
    CleverId district();
}
