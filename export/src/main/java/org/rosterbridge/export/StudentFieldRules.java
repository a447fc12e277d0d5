package org.rosterbridge.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rosterbridge.clever.HomeLanguage;

/** The student columns that depend on one SIS field each: gender, race, Hispanic, language, address. */
final class StudentFieldRules {
    /** Looked for in this order: the first word found in the race text decides the code. */
    static final Map<String, String> RACE_WORDS = raceWords();

    // The seed's list is Clever's v3.0 list with Telugu spelled "Telegu"; its rule says "spelled as is".
    static final Set<String> LANGUAGES = Arrays.stream(HomeLanguage.values())
            .map(language -> language == HomeLanguage.TELUGU ? "Telegu" : language.wire())
            .collect(Collectors.toUnmodifiableSet());

    private StudentFieldRules() {}

    private static Map<String, String> raceWords() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("black", "B");
        words.put("multiracial", "M");
        words.put("indian", "I");
        words.put("pacific", "P");
        words.put("white", "W");
        words.put("asian", "A");
        return words;
    }

    /** {@code student-gender}: the SIS's one-letter codes spelled out; a word already spelled out is kept. */
    static String gender(String code) {
        switch (code.toUpperCase(Locale.ROOT)) {
            case "M":
                return "Male";
            case "F":
                return "Female";
            case "X":
                return "Nonbinary";
            default:
                return code;
        }
    }

    /** {@code student-race}: the code of the first race word found in the SIS's race text, else blank. */
    static String race(String race) {
        String text = race.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> word : RACE_WORDS.entrySet()) {
            if (text.contains(word.getKey())) {
                return word.getValue();
            }
        }
        return "";
    }

    /** {@code student-hispanic}. */
    static String yesNo(boolean flag) {
        return flag ? "Y" : "N";
    }

    /** {@code student-language}: one of the 47 languages spelled exactly so, else blank. */
    static String language(String language) {
        return LANGUAGES.contains(language) ? language : "";
    }

    /** {@code student-address}: street number, suffix and name, joined by single spaces. */
    static String street(MailingAddress address) {
        List<String> parts = new ArrayList<>(3);
        for (String part : List.of(address.streetNumber(), address.streetSuffix(), address.streetName())) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }
}
