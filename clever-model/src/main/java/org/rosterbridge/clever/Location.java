package org.rosterbridge.clever;

/** A postal location; every part may be empty. */
public record Location(String address, String city, String state, String zip, String lat, String lon) {
    public static final Location EMPTY = new Location("", "", "", "", "", "");
}
