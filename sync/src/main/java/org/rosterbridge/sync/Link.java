package org.rosterbridge.sync;

import java.util.List;

/** One relation of a record: its type, the key (a target Clever id or a role name) and its attributes as text. */
record Link(LinkType type, String key, List<String> attributes) implements Comparable<Link> {

    Link {
        attributes = List.copyOf(attributes);
        if (attributes.size() != type.attributes().size()) {
            throw new IllegalArgumentException(
                    type + " takes " + type.attributes().size() + " attributes");
        }
    }

    /** The attribute named {@code column}. */
    String attribute(String column) {
        List<Column> columns = type.attributes();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return attributes.get(i);
            }
        }
        throw new IllegalArgumentException(type + " has no attribute " + column);
    }

    /** Identity within the owner: type and key, plus the attributes that are part of the table's key. */
    String identity() {
        if (type == LinkType.USER_SCHOOL) {
            return type + "|" + key + "|" + attributes.get(0);
        }
        if (type == LinkType.CONTACT_STUDENT) {
            return type + "|" + key + "|" + String.join("|", attributes);
        }
        return type + "|" + key;
    }

    @Override
    public int compareTo(Link other) {
        int byIdentity = identity().compareTo(other.identity());
        return byIdentity != 0
                ? byIdentity
                : String.join("\u0000", attributes).compareTo(String.join("\u0000", other.attributes));
    }
}
