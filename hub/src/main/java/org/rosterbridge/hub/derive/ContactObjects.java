package org.rosterbridge.hub.derive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.ContactRole;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.Relation;
import org.rosterbridge.hub.ids.IdSpace;

/**
 * Contacts from the students' {@code Contact_*} columns: each student row naming a contact is one
 * relationship, a student listed again with another contact has another contact, and a contact named by
 * several students (one {@code Contact_sis_id}) is one user with several relationships. The contact's own
 * fields come from the first row that names it; Clever keeps a contact's whole name in {@code name.last}.
 */
final class ContactObjects {
    private final Context context;

    ContactObjects(Context context) {
        this.context = context;
    }

    void emit(Consumer<CleverObject> sink) {
        DistrictRows rows = context.rows;
        IntList appearances = new IntList(rows.appearanceContact.size());
        for (int a = 0; a < rows.appearanceContact.size(); a++) {
            appearances.add(a);
        }
        Relation byContact = Relation.of(rows.contacts.size(), rows.appearanceContact, appearances);
        for (int c = 0; c < rows.contacts.size(); c++) {
            sink.accept(contact(c, byContact.targets(c)));
        }
    }

    private User contact(int c, int[] appearances) {
        DistrictRows rows = context.rows;
        Row first = rows.studentSpill.read(rows.contactOffsets.get(c), CleverFile.STUDENTS);
        String key = ContactKey.of(first).orElseThrow();
        Set<StudentRelationship> relationships = new LinkedHashSet<>();
        for (int a : appearances) {
            int codes = rows.appearanceCodes.get(a);
            relationships.add(new StudentRelationship(
                    context.students.get(rows.appearanceStudent.get(a)),
                    rows.relationships.value(codes >>> 16),
                    rows.contactTypes.value(codes & 0xffff)));
        }
        ContactRole role = new ContactRole(
                rows.ids.of(IdSpace.CONTACT_LEGACY, key),
                first.get(StudentColumn.CONTACT_SIS_ID),
                first.get(StudentColumn.CONTACT_PHONE),
                Codes.phoneType(first.get(StudentColumn.CONTACT_PHONE_TYPE)),
                new ArrayList<>(relationships));
        Name name = new Name("", "", first.get(StudentColumn.CONTACT_NAME));
        return new User(
                rows.contacts.ids().get(c),
                context.district,
                name,
                first.get(StudentColumn.CONTACT_EMAIL),
                Roles.of(role));
    }
}
