package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the local record (one the app had before Clever, so without a Clever id) that a new Clever record
 * stands for. Keys are tried in order; the first key on which any candidate agrees decides: one candidate
 * links, several go to review. Pure.
 *
 * <p>Districts: MDR number, NCES id, SIS id, then name. Schools: SIS id, school number, then name. Users:
 * the ordered keys configured for their role, each {@code sis_id}, {@code state_id}, {@code number} or
 * {@code email}, alternatives joined by {@code |}; an e-mail match also needs the same first and last name.
 * Contacts: only within the household (contacts linked to one of the contact's students), by SIS id, then
 * e-mail, then phone.
 */
final class Matcher {

    static final List<String> DEFAULT_USER_KEYS = List.of("sis_id", "state_id|number", "email");

    private final Map<String, List<String>> userKeys;

    Matcher(Map<String, List<String>> userKeys) {
        this.userKeys = Map.copyOf(userKeys);
    }

    static Matcher defaults() {
        return new Matcher(Map.of());
    }

    MatchResult match(Row incoming, Collection<Stored> candidates) {
        List<Stored> pool =
                candidates.stream().filter(c -> compatible(incoming, c.row())).toList();
        for (String step : keys(incoming)) {
            List<Stored> hits =
                    pool.stream().filter(c -> agrees(step, incoming, c.row())).toList();
            if (hits.size() == 1) {
                return new MatchResult.Linked(hits.get(0), step);
            }
            if (hits.size() > 1) {
                return new MatchResult.Ambiguous(
                        hits.stream().map(Stored::localId).toList(), step);
            }
        }
        return new MatchResult.None();
    }

    private List<String> keys(Row incoming) {
        switch (incoming.kind()) {
            case DISTRICT:
                return List.of("mdr_number", "nces_id", "name");
            case SCHOOL:
                return List.of("sis_id", "school_number", "name");
            case USER:
                String role = primaryRole(incoming);
                if (role.equals("contact")) {
                    return List.of("sis_id", "email", "phone");
                }
                return userKeys.getOrDefault(role, DEFAULT_USER_KEYS);
            default:
                return List.of();
        }
    }

    private static boolean compatible(Row incoming, Row candidate) {
        if (incoming.kind() != Kind.USER) {
            return true;
        }
        Set<String> theirs = Set.of(candidate.value("roles").split(","));
        return theirs.contains(primaryRole(incoming));
    }

    private static boolean agrees(String step, Row incoming, Row candidate) {
        for (String key : step.split("\\|")) {
            if (agreesOn(key.trim(), incoming, candidate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean agreesOn(String key, Row incoming, Row candidate) {
        if (key.equals("email")) {
            return same(incoming, candidate, r -> r.value("email").toLowerCase(Locale.ROOT))
                    && same(incoming, candidate, r -> r.value("name_first").toLowerCase(Locale.ROOT))
                    && same(incoming, candidate, r -> r.value("name_last").toLowerCase(Locale.ROOT));
        }
        if (key.equals("phone")) {
            return same(incoming, candidate, r -> roleValue(r, "phone").replaceAll("[^0-9]", ""));
        }
        if (key.equals("name")) {
            return same(incoming, candidate, r -> r.value("name").trim().toLowerCase(Locale.ROOT));
        }
        if (incoming.kind() == Kind.USER) {
            return same(incoming, candidate, r -> roleValue(r, key));
        }
        return same(incoming, candidate, r -> r.value(key).trim());
    }

    private static boolean same(Row a, Row b, Function<Row, String> key) {
        String left = key.apply(a);
        return !left.isEmpty() && left.equals(key.apply(b));
    }

    /** The value of {@code field} on the row's first role that has one. */
    static String roleValue(Row user, String field) {
        return user.links(LinkType.USER_ROLE).stream()
                .map(l -> l.attribute(field).trim())
                .filter(v -> !v.isEmpty())
                .findFirst()
                .orElse("");
    }

    static String primaryRole(Row user) {
        String roles = user.value("roles");
        int comma = roles.indexOf(',');
        return comma < 0 ? roles : roles.substring(0, comma);
    }

    /** The contact's students' local ids, given how Clever ids resolve to local records. */
    static List<Long> household(Row contact, Function<String, List<Long>> localIds) {
        List<Long> ids = new ArrayList<>();
        contact.links(LinkType.CONTACT_STUDENT).stream()
                .map(Link::key)
                .flatMap(k -> localIds.apply(k).stream())
                .forEach(ids::add);
        return Stream.of(ids).flatMap(List::stream).distinct().toList();
    }
}
