package org.rosterbridge.clever;

import java.time.Instant;
import java.util.Optional;

/** A span during which a student attended a school (was in at least one of its sections). */
public record SchoolEnrollment(CleverId school, Instant startDate, Optional<Instant> endDate) {}
