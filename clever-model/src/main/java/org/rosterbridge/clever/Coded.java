package org.rosterbridge.clever;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A value from one of Clever's code lists as it arrived, known or not. Clever adds values over time and
 * districts send spellings of their own, so an unknown or empty value is kept as written and never
 * fails a run; {@link #known()} says whether it is one we recognise.
 *
 * @param type the code list
 * @param wire the value exactly as sent ({@code ""} when absent)
 */
public record Coded<E extends Enum<E> & CleverCode>(Class<E> type, String wire) {

    private static final ClassValue<Map<String, Object>> BY_WIRE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byWire = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byWire.put(((CleverCode) constant).wire(), constant);
            }
            return Map.copyOf(byWire);
        }
    };

    /** The value {@code wire} of code list {@code type}, known or not. */
    public static <E extends Enum<E> & CleverCode> Coded<E> of(Class<E> type, String wire) {
        return new Coded<>(type, wire);
    }

    /** A known value. */
    public static <E extends Enum<E> & CleverCode> Coded<E> of(E value) {
        return new Coded<>(value.getDeclaringClass(), value.wire());
    }

    /** The absent value, {@code ""}. */
    public static <E extends Enum<E> & CleverCode> Coded<E> empty(Class<E> type) {
        return new Coded<>(type, "");
    }

    /** The constant this value names, if it is one of Clever's. */
    public Optional<E> known() {
        return Optional.ofNullable(BY_WIRE.get(type).get(wire)).map(type::cast);
    }

    public boolean isEmpty() {
        return wire.isEmpty();
    }

    public boolean is(E value) {
        return wire.equals(value.wire());
    }

    @Override
    public String toString() {
        return wire;
    }
}
