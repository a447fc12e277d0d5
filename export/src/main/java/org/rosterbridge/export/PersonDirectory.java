package org.rosterbridge.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The People records guardians point to, each reduced on loading to what students.csv shows: the name, the
 * phone {@code guardian-phone} picks and the address {@code guardian-email} picks. A large district has more
 * than a million of them, so each is kept as one packed string rather than a tree of objects.
 */
final class PersonDirectory {
    private static final char SEP = '\u001f';
    private static final Pattern SPLIT = Pattern.compile(String.valueOf(SEP));

    private final Map<String, String> packed = new HashMap<>();

    static PersonDirectory load(SisLoader loader) {
        PersonDirectory directory = new PersonDirectory();
        loader.each(
                SisTable.PEOPLE,
                row -> directory.packed.put(
                        row.text("person_id"),
                        pack(row.text("first_name"), row.text("last_name"), List.of(), List.of())));
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
        String value = packed.get(id);
        return value == null ? Optional.empty() : Optional.of(unpack(id, value));
    }

    int size() {
        return packed.size();
    }

    private void offerPhone(String id, Person.Phone phone) {
        person(id).ifPresent(person -> {
            if (person.phones().isEmpty()
                    || GuardianRules.PHONE_ORDER.compare(phone, person.phones().get(0)) < 0) {
                packed.put(id, pack(person.firstName(), person.lastName(), List.of(phone), person.emails()));
            }
        });
    }

    private void offerEmail(String id, Person.EmailAddress email) {
        person(id).ifPresent(person -> {
            if (person.emails().isEmpty()
                    || GuardianRules.EMAIL_ORDER.compare(email, person.emails().get(0)) < 0) {
                packed.put(id, pack(person.firstName(), person.lastName(), person.phones(), List.of(email)));
            }
        });
    }

    private static String pack(String first, String last, List<Person.Phone> phones, List<Person.EmailAddress> emails) {
        StringBuilder text =
                new StringBuilder(64).append(first).append(SEP).append(last).append(SEP);
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

    private static Person unpack(String id, String value) {
        String[] parts = SPLIT.split(value, -1);
        List<Person.Phone> phones =
                parts[3].isEmpty() ? List.of() : List.of(new Person.Phone(parts[2], Integer.parseInt(parts[3])));
        List<Person.EmailAddress> emails = parts.length < 7
                ? List.of()
                : List.of(new Person.EmailAddress(parts[4], parts[5].equals("1"), Integer.parseInt(parts[6])));
        return new Person(id, parts[0], parts[1], phones, emails);
    }
}
