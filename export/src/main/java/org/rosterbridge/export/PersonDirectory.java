package org.rosterbridge.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The People records guardians point to, each reduced on loading to what students.csv shows: the name, the
 * phone {@code guardian-phone} picks and the address {@code guardian-email} picks. A large district has more
 * than a million of them, so each is kept as one packed string that starts with its id, in a sorted array
 * searched by id: about a hundred bytes a person instead of a tree of objects.
 */
final class PersonDirectory {
    private static final char SEP = '\u001f';

    private final String[] packed;
    // Phones and e-mail addresses usually come in person order: look next to the last hit before searching.
    private int lastHit;

    private PersonDirectory(String[] packed) {
        this.packed = packed;
    }

    static PersonDirectory load(SisLoader loader) {
        List<String> people = new ArrayList<>();
        loader.each(
                SisTable.PEOPLE,
                row -> people.add(pack(
                        row.text("person_id"), row.text("first_name"), row.text("last_name"), List.of(), List.of())));
        String[] sorted = people.toArray(String[]::new);
        if (!isSorted(sorted)) {
            Arrays.sort(sorted, PersonDirectory::compareIds);
        }
        PersonDirectory directory = new PersonDirectory(sorted);
        loader.each(
                SisTable.PERSON_PHONES,
                row -> directory.offerPhone(
                        row.text("person_id"),
                        new Person.Phone(row.text("phone"), row.integer("priority", Integer.MAX_VALUE))));
        loader.each(
                SisTable.PERSON_EMAILS,
                row -> directory.offerEmail(
                        row.text("person_id"),
                        new Person.EmailAddress(
                                row.text("email"), row.flag("primary_email"), row.integer("sequence", (int)
                                        Math.min(row.line(), Integer.MAX_VALUE)))));
        return directory;
    }

    Optional<Person> person(String id) {
        int index = indexOf(id);
        return index < 0 ? Optional.empty() : Optional.of(unpack(packed[index]));
    }

    int size() {
        return packed.length;
    }

    private int indexOf(String id) {
        for (int near = lastHit; near <= lastHit + 1 && near < packed.length; near++) {
            if (compareId(packed[near], id) == 0) {
                return near;
            }
        }
        int found = search(id);
        if (found >= 0) {
            lastHit = found;
        }
        return found;
    }

    private int search(String id) {
        int low = 0;
        int high = packed.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compareId(packed[middle], id);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** Compares the id a packed record starts with to {@code id}, as {@link String#compareTo} would. */
    private static int compareId(String record, String id) {
        int length = record.indexOf(SEP);
        int common = Math.min(length, id.length());
        for (int i = 0; i < common; i++) {
            int difference = record.charAt(i) - id.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return length - id.length();
    }

    private static int compareIds(String a, String b) {
        return compareId(a, b.substring(0, b.indexOf(SEP)));
    }

    private static boolean isSorted(String[] records) {
        for (int i = 1; i < records.length; i++) {
            if (compareIds(records[i - 1], records[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private void offerPhone(String id, Person.Phone phone) {
        int index = indexOf(id);
        if (index < 0) {
            return;
        }
        Person person = unpack(packed[index]);
        if (person.phones().isEmpty()
                || GuardianRules.PHONE_ORDER.compare(phone, person.phones().get(0)) < 0) {
            packed[index] = pack(id, person.firstName(), person.lastName(), List.of(phone), person.emails());
        }
    }

    private void offerEmail(String id, Person.EmailAddress email) {
        int index = indexOf(id);
        if (index < 0) {
            return;
        }
        Person person = unpack(packed[index]);
        if (person.emails().isEmpty()
                || GuardianRules.EMAIL_ORDER.compare(email, person.emails().get(0)) < 0) {
            packed[index] = pack(id, person.firstName(), person.lastName(), person.phones(), List.of(email));
        }
    }

    private static String pack(
            String id, String first, String last, List<Person.Phone> phones, List<Person.EmailAddress> emails) {
        StringBuilder text = new StringBuilder(80)
                .append(id)
                .append(SEP)
                .append(first)
                .append(SEP)
                .append(last)
                .append(SEP);
        if (!phones.isEmpty()) {
            text.append(phones.get(0).number()).append(SEP).append(phones.get(0).priority());
        } else {
            text.append(SEP);
        }
        text.append(SEP);
        if (!emails.isEmpty()) {
            Person.EmailAddress email = emails.get(0);
            text.append(email.address())
                    .append(SEP)
                    .append(email.primary() ? '1' : '0')
                    .append(SEP)
                    .append(email.sequence());
        } else {
            text.append(SEP);
        }
        return text.toString();
    }

    /** The fields of a packed record (8 with an e-mail address, else 7), as {@code split(SEP, -1)} would. */
    private static String[] split(String value) {
        String[] parts = new String[8];
        int count = 0;
        int start = 0;
        for (int end = value.indexOf(SEP); end >= 0; end = value.indexOf(SEP, start)) {
            if (count == parts.length - 1) {
                parts = Arrays.copyOf(parts, parts.length * 2);
            }
            parts[count++] = value.substring(start, end);
            start = end + 1;
        }
        parts[count++] = value.substring(start);
        return Arrays.copyOf(parts, count);
    }

    private static Person unpack(String value) {
        String[] parts = split(value);
        List<Person.Phone> phones =
                parts[4].isEmpty() ? List.of() : List.of(new Person.Phone(parts[3], Integer.parseInt(parts[4])));
        List<Person.EmailAddress> emails = parts.length < 8
                ? List.of()
                : List.of(new Person.EmailAddress(parts[5], parts[6].equals("1"), Integer.parseInt(parts[7])));
        return new Person(parts[0], parts[1], parts[2], phones, emails);
    }
}
