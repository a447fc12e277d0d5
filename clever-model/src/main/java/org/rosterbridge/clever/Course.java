package org.rosterbridge.clever;

/** A course, derived by Clever from the sections' course columns and keyed on its number. Optional. */
public record Course(CleverId id, CleverId district, String name, String number) implements CleverObject {}
