package org.rosterbridge.export;

import java.util.List;

/** A People record of the SIS (a guardian), shared by every student it is linked to. */
record Person(String id, String firstName, String lastName, List<Phone> phones, List<EmailAddress> emails) {
    Person {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
    }

    record Phone(String number, int priority) {}

    /**
     * @param sequence the order in which the address was entered
     */
    record EmailAddress(String address, boolean primary, int sequence) {}
}
