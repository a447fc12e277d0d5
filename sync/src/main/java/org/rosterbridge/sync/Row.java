package org.rosterbridge.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record as the app database keeps it, independent of the API version it came from: its Clever id, its
 * column values in {@link Kind#columns()} order (text, {@code ""} when absent) and its links, sorted.
 * Two rows with the same fingerprint need no write.
 */
record Row(Kind kind, String cleverId, List<String> values, List<Link> links) {

    Row {
        values = List.copyOf(values);
        if (values.size() != kind.columns().size()) {
            throw new IllegalArgumentException(kind + " takes " + kind.columns().size() + " values");
        }
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(null);
        links = List.copyOf(sorted);
    }

    String value(String column) {
        return values.get(kind.index(column));
    }

    List<Link> links(LinkType type) {
        return links.stream().filter(l -> l.type() == type).toList();
    }

    /** The legacy (v2) Clever ids this row's roles name, for re-keying a v2 record on a move to v3. */
    List<String> legacyIds() {
        return links(LinkType.USER_ROLE).stream()
                .map(l -> l.attribute("legacy_clever_id"))
                .filter(id -> !id.isEmpty() && !id.equals(cleverId))
                .toList();
    }

    /** Every field as {@code name -> value}, role fields as {@code role.field}: what the change log compares. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Column> columns = kind.columns();
        for (int i = 0; i < columns.size(); i++) {
            fields.put(columns.get(i).name(), values.get(i));
        }
        for (Link role : links(LinkType.USER_ROLE)) {
            List<Column> attributes = role.type().attributes();
            for (int i = 0; i < attributes.size(); i++) {
                fields.put(
                        role.key() + "." + attributes.get(i).name(),
                        role.attributes().get(i));
            }
        }
        return fields;
    }

    String fingerprint() {
        StringBuilder text = new StringBuilder();
        values.forEach(v -> text.append(v).append('\u0001'));
        for (Link link : links) {
            text.append(link.type()).append('\u0002').append(link.key());
            link.attributes().forEach(a -> text.append('\u0003').append(a));
            text.append('\u0001');
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
