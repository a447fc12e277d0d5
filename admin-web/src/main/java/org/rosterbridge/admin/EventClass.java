package org.rosterbridge.admin;

/**
 * One class in an event's class editor.
 *
 * @param changedSinceRule the section's source (fields or roster) changed after the hide or delete rule in
 *     force on it was made; always false for a class with no rule
 */
record EventClass(
        long sectionId,
        String cleverId,
        String name,
        String school,
        String term,
        String period,
        long students,
        long teachers,
        ClassState state,
        boolean changedSinceRule) {}
