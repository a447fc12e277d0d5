package org.rosterbridge.export;

/** The district: its own row in schools.csv when staff belong to the district office, and the current year. */
record District(String id, String name, String state, String bedsCode, int currentYear) {}
