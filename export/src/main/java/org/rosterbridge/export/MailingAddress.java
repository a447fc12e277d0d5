package org.rosterbridge.export;

/** A student's mailing address as the SIS splits it. */
record MailingAddress(
        String streetNumber, String streetSuffix, String streetName, String city, String state, String zip) {}
