package org.rosterbridge.clever.api;

import org.rosterbridge.clever.CleverObject;

/** A record with the times the hub keeps for it; one element of a list response. */
public record Stamped(CleverObject record, Stamps stamps) {}
