package org.rosterbridge.clever;

/** A member of one of Clever's code lists; {@link #wire()} is its exact spelling in the API and files. */
public interface CleverCode {
    String wire();
}
