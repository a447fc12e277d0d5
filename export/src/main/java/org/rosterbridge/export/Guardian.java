package org.rosterbridge.export;

/**
 * A student's link to a People record.
 *
 * @param priority the derived priority, 1 the highest
 */
record Guardian(Person person, String relationship, int priority, boolean correspondence, boolean custodialParent) {}
