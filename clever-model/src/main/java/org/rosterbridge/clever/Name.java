package org.rosterbridge.clever;

/** A person's name. Clever puts a contact's whole name in {@code last}. */
public record Name(String first, String middle, String last) {}
