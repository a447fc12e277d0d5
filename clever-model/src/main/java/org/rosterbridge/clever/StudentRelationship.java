package org.rosterbridge.clever;

/** How a contact relates to one student; one entry per appearance in the SIS. */
public record StudentRelationship(CleverId student, Coded<Relationship> relationship, Coded<ContactType> type) {}
