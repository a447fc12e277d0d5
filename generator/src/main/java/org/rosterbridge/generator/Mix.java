package org.rosterbridge.generator;

import java.util.SplittableRandom;

/**
 * Seed arithmetic. Every value the generator writes is drawn from a generator seeded by (district seed,
 * stream, index), so any school, person or section can be regenerated on its own, in any order, and
 * the same arguments always give the same bytes.
 */
final class Mix {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {}

    /** The SplitMix64 finaliser: a cheap bijection that spreads every input bit over the output. */
    static long scramble(long z) {
        long x = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    static long of(long seed, Stream stream, long index) {
        return scramble(scramble(seed + (stream.ordinal() + 1L) * GOLDEN) + index * GOLDEN);
    }

    static long of(long seed, Stream stream, String text) {
        return of(seed, stream, fnv(text));
    }

    static SplittableRandom random(long seed, Stream stream, long index) {
        return new SplittableRandom(of(seed, stream, index));
    }

    static SplittableRandom random(long seed, Stream stream, String text) {
        return new SplittableRandom(of(seed, stream, text));
    }

    /** A double in [0, 1) from a hash. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    static double unit(long seed, Stream stream, long index) {
        return unit(of(seed, stream, index));
    }

    static double unit(long seed, Stream stream, String text) {
        return unit(of(seed, stream, text));
    }

    /** FNV-1a over the UTF-16 units; unlike {@code String.hashCode} it gives 64 well-spread bits. */
    static long fnv(String text) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001B3L;
        }
        return hash;
    }

    /** Picks an element, weighting none. */
    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }
}
