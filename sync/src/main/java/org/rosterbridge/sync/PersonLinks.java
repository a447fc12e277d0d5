package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * One person per e-mail: Clever gives a v2 teacher who is also a district admin two ids, and every non-student,
 * non-contact user row with the same e-mail (case-insensitive) gets the lowest id of them as {@code person_id}.
 * Computed from one read and a batch of only the rows that change: a correlated update scans the district's
 * users once per staff row, which is quadratic.
 */
final class PersonLinks {

    private static final int CHUNK = 200;
    private static final String PEOPLE = "select id, lower(email), person_id from users where district_id = :d"
            + " and email <> '' and roles not in ('student', 'contact')";

    private final Handle handle;
    private final long districtId;

    PersonLinks(Handle handle, long districtId) {
        this.handle = handle;
        this.districtId = districtId;
    }

    /** Links every e-mail group of the district (a full sync). */
    void all() {
        Map<Long, Person> people = new LinkedHashMap<>();
        read(handle.createQuery(PEOPLE).bind("d", districtId), people);
        update(people.values());
    }

    /**
     * Links only the e-mail groups {@code plan} can have changed: the users' e-mails before and after, and those
     * of rows whose person is one of them. Every other group is as the last run left it, so the result is what
     * {@link #all} gives, at the cost of what the plan touches.
     */
    void touched(Plan plan) {
        Set<String> emails = new LinkedHashSet<>();
        Set<Long> users = new LinkedHashSet<>();
        for (PlannedAction action : plan.actions()) {
            // A user that is a student or contact before and after is in no group and no one's person.
            if (action.kind() == Kind.USER
                    && !(action instanceof PlannedAction.Unchanged)
                    && action.rows().stream().anyMatch(PersonLinks::employee)) {
                action.rows().forEach(row -> emails.add(row.value("email")));
                localId(action).ifPresent(users::add);
            }
        }
        emails.addAll(dependentEmails(List.copyOf(users)));
        emails.remove("");
        Map<Long, Person> people = new LinkedHashMap<>();
        List<String> all = List.copyOf(emails);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            String lowered = IntStream.range(0, chunk.size())
                    .mapToObj(n -> "lower(:e" + n + ")")
                    .collect(Collectors.joining(", "));
            Query query = handle.createQuery(PEOPLE + " and lower(email) in (" + lowered + ")")
                    .bind("d", districtId);
            for (int n = 0; n < chunk.size(); n++) {
                query.bind("e" + n, chunk.get(n));
            }
            read(query, people);
        }
        update(people.values());
    }

    // The rows PEOPLE reads: with an e-mail, and roles other than only student or only contact.
    private static boolean employee(Row row) {
        String roles = row.value("roles");
        return !row.value("email").isEmpty() && !roles.equals("student") && !roles.equals("contact");
    }

    private List<String> dependentEmails(List<Long> users) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < users.size(); i += CHUNK) {
            handle.createQuery("select email from users where person_id in (<ids>)")
                    .bindList("ids", users.subList(i, Math.min(users.size(), i + CHUNK)))
                    .mapTo(String.class)
                    .forEach(emails::add);
        }
        return emails;
    }

    private static void read(Query query, Map<Long, Person> into) {
        query.map((rs, ctx) -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .forEach(p -> into.put(p.id(), p));
    }

    private void update(Iterable<Person> people) {
        Map<String, Long> first = new HashMap<>();
        people.forEach(p -> first.merge(p.email(), p.id(), Math::min));
        try (Batch updates = new Batch(handle, "update users set person_id = :p where id = :id")) {
            for (Person p : people) {
                long person = first.get(p.email());
                if (p.personId() != person) {
                    updates.add(b -> b.bind("p", person).bind("id", p.id()));
                }
            }
        }
    }

    private static Optional<Long> localId(PlannedAction action) {
        if (action instanceof PlannedAction.Update u) {
            return Optional.of(u.localId());
        }
        if (action instanceof PlannedAction.Restore r) {
            return Optional.of(r.localId());
        }
        if (action instanceof PlannedAction.Link l) {
            return Optional.of(l.localId());
        }
        if (action instanceof PlannedAction.Archive a) {
            return Optional.of(a.localId());
        }
        return Optional.empty();
    }

    private record Person(long id, String email, long personId) {}
}
