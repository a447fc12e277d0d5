package org.rosterbridge.export;

import java.util.Comparator;
import java.util.List;

/** {@code guardian-selection}, {@code guardian-phone}, {@code guardian-email}, {@code guardian-contact}. */
final class GuardianRules {
    static final int MAX_GUARDIANS = 4;

    /** Highest priority first (1 before 2); the earlier People id breaks ties so the order is stable. */
    static final Comparator<Guardian> PRIORITY = Comparator.comparingInt(Guardian::priority)
            .thenComparing(g -> g.person().id());

    static final Comparator<Person.Phone> PHONE_ORDER = Comparator.comparingInt(Person.Phone::priority);

    /** The Primary address first, then the first entered. */
    static final Comparator<Person.EmailAddress> EMAIL_ORDER = Comparator.comparing(
                    (Person.EmailAddress e) -> !e.primary())
            .thenComparingInt(Person.EmailAddress::sequence);

    private GuardianRules() {}

    /** Up to four guardians with both the Correspondence and the Custodial Parent flag on, by priority. */
    static List<Guardian> select(List<Guardian> guardians) {
        return guardians.stream()
                .filter(g -> g.correspondence() && g.custodialParent())
                .sorted(PRIORITY)
                .limit(MAX_GUARDIANS)
                .toList();
    }

    static String phone(Person person) {
        return person.phones().stream()
                .min(PHONE_ORDER)
                .map(Person.Phone::number)
                .orElse("");
    }

    static String email(Person person) {
        return person.emails().stream()
                .min(EMAIL_ORDER)
                .map(Person.EmailAddress::address)
                .orElse("");
    }

    static String name(Person person) {
        return (person.firstName() + " " + person.lastName()).strip();
    }
}
