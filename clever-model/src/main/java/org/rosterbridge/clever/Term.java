package org.rosterbridge.clever;

import java.time.LocalDate;
import java.util.Optional;

/** A term, derived by Clever from the sections' term columns. Optional in Clever's model. */
public record Term(
        CleverId id, CleverId district, String name, Optional<LocalDate> startDate, Optional<LocalDate> endDate)
        implements CleverObject {}
