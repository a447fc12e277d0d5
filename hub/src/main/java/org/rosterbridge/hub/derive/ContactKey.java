package org.rosterbridge.hub.derive;

import java.util.Optional;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;

/**
 * What identifies a contact across uploads. With a {@code Contact_sis_id} the contact is that id, shared by
 * every student row naming it (siblings share one contact user). Without one, the contact is (student,
 * name, e-mail, phone): stable while those stay the same, and a change in any of them makes a new
 * contact, as Clever does for contacts without an SIS id.
 */
final class ContactKey {
    private ContactKey() {}

    /** The key of the contact on a student row, if the row names one. */
    static Optional<String> of(Row row) {
        String sisId = row.get(StudentColumn.CONTACT_SIS_ID);
        if (!sisId.isEmpty()) {
            return Optional.of("sis:" + sisId);
        }
        String name = row.get(StudentColumn.CONTACT_NAME);
        String email = row.get(StudentColumn.CONTACT_EMAIL);
        String phone = row.get(StudentColumn.CONTACT_PHONE);
        if (name.isEmpty() && email.isEmpty() && phone.isEmpty()) {
            return Optional.empty();
        }
        String student = row.get(StudentColumn.STUDENT_ID);
        return Optional.of("row:" + student + "\u0000" + name + "\u0000" + email + "\u0000" + phone);
    }
}
