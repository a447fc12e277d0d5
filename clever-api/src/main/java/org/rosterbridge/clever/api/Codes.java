package org.rosterbridge.clever.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.rosterbridge.clever.CleverCode;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.FrlStatus;
import org.rosterbridge.clever.Gender;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.HomeLanguage;

/**
 * Which code-list values a version can carry. Clever validates these fields, so a value the version does not
 * list is never sent: it is mapped where a faithful mapping exists (v2.0's shorter grade list) and otherwise
 * omitted, exactly like an absent value. See docs/clever-api-module.md.
 */
final class Codes {

    private static final Set<String> V31_HOME_LANGUAGES = load("home-languages-v3.1.txt");

    private final ApiVersion version;

    Codes(ApiVersion version) {
        this.version = version;
    }

    ApiVersion version() {
        return version;
    }

    /** The wire value of a known code, or {@code ""}. */
    <E extends Enum<E> & CleverCode> String known(Coded<E> code) {
        return code.known().isPresent() ? code.wire() : "";
    }

    String grade(Coded<Grade> grade) {
        if (version != ApiVersion.V2_0) {
            return known(grade);
        }
        return grade.known().map(Codes::v20Grade).orElse("");
    }

    /** v2.0 has no {@code X}. */
    String gender(Coded<Gender> gender) {
        if (version == ApiVersion.V2_0 && gender.is(Gender.UNSPECIFIED)) {
            return "";
        }
        return known(gender);
    }

    /** {@code Other} exists from v3.1 on. */
    String frl(Coded<FrlStatus> frl) {
        if (version != ApiVersion.V3_1 && frl.is(FrlStatus.OTHER)) {
            return "";
        }
        return known(frl);
    }

    /** v3.1 lists 151 languages plus {@code Other}; earlier versions only the 47 of {@link HomeLanguage}. */
    String homeLanguage(Coded<HomeLanguage> language) {
        if (version == ApiVersion.V3_1) {
            return V31_HOME_LANGUAGES.contains(language.wire()) ? language.wire() : "";
        }
        return known(language);
    }

    // v2.0 lists PreKindergarten, Kindergarten, 1-12, PostGraduate and Other only.
    private static String v20Grade(Grade grade) {
        switch (grade) {
            case INFANT_TODDLER:
            case PRESCHOOL:
            case TRANSITIONAL_KINDERGARTEN:
                return Grade.PRE_KINDERGARTEN.wire();
            case G13:
            case UNGRADED:
                return Grade.OTHER.wire();
            default:
                return grade.wire();
        }
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Codes.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
