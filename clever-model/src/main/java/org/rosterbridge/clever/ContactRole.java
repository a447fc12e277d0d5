package org.rosterbridge.clever;

import java.util.List;

/** A user's contact role: a parent, guardian or other person linked to students. */
public record ContactRole(
        CleverId legacyId,
        String sisId,
        String phone,
        Coded<PhoneType> phoneType,
        List<StudentRelationship> studentRelationships) {

    public ContactRole {
        studentRelationships = List.copyOf(studentRelationships);
    }
}
