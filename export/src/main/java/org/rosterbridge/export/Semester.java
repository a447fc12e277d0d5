package org.rosterbridge.export;

import java.time.LocalDate;

record Semester(String id, String name, LocalDate start, LocalDate end) {}
