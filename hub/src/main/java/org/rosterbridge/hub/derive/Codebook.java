package org.rosterbridge.hub.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers the few distinct values a column's raw text decodes to, so that millions of rows can keep a
 * small int each instead of their text or a reference. Not thread-safe.
 */
final class Codebook<T> {
    private final Function<String, T> decode;
    private final Map<String, Integer> byWire = new HashMap<>();
    private final Map<T, Integer> byValue = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    Codebook(Function<String, T> decode) {
        this.decode = decode;
    }

    /** The number of what {@code wire} decodes to. */
    int code(String wire) {
        Integer known = byWire.get(wire);
        if (known != null) {
            return known;
        }
        T value = decode.apply(wire);
        int code = byValue.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
        byWire.put(wire, code);
        return code;
    }

    T value(int code) {
        return values.get(code);
    }
}
