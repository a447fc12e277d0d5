/**
 * Clever's vocabulary as records and enums: districts, schools, terms, courses, sections and users with
 * their roles, the code lists Clever defines, and the pure diff of two rosters. JDK only.
 */
package org.rosterbridge.clever;
