package org.rosterbridge.export;

import java.time.LocalDate;

/** A co-teacher of a meeting time; {@code end} is {@link DatedCode#OPEN} when open-ended. */
record CoTeacher(String staffId, int sequence, LocalDate start, LocalDate end) {}
