package org.rosterbridge.clever.csv;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Clever's list of values for one {@link ColumnKind}, and the other spellings real exports use for them.
 * docs/csv-format.md lists the same tables; keep the two in step.
 */
final class Vocabulary {

    private final Set<String> canonical;
    private final Map<String, String> variants;

    private Vocabulary(List<String> canonical, Map<String, String> aliases) {
        this.canonical = Set.copyOf(canonical);
        Map<String, String> folded = new HashMap<>();
        canonical.forEach(value -> folded.put(fold(value), value));
        aliases.forEach((alias, value) -> folded.put(fold(alias), value));
        this.variants = Map.copyOf(folded);
    }

    /** The vocabulary of {@code kind}, or empty for kinds that take free text. */
    static Optional<Vocabulary> of(ColumnKind kind) {
        return Optional.ofNullable(ALL.get(kind));
    }

    /** Whether {@code value} is spelled exactly as Clever spells it. */
    boolean isCanonical(String value) {
        return canonical.contains(value);
    }

    /** Clever's spelling of a known variant of {@code value}, or {@code ""} when it is not a known value. */
    String variant(String value) {
        return variants.getOrDefault(fold(value), "");
    }

    private static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static Map<ColumnKind, Vocabulary> build() {
        Map<ColumnKind, Vocabulary> all = new EnumMap<>(ColumnKind.class);
        all.put(ColumnKind.GRADE, new Vocabulary(GRADES, GRADE_ALIASES));
        all.put(ColumnKind.GENDER, new Vocabulary(List.of("M", "F", "X"), GENDER_ALIASES));
        all.put(ColumnKind.YES_NO, new Vocabulary(List.of("Y", "N"), YES_NO_ALIASES));
        all.put(ColumnKind.RACE, new Vocabulary(RACES, RACE_ALIASES));
        all.put(ColumnKind.FRL, new Vocabulary(List.of("Free", "Reduced", "Paid", "Other"), FRL_ALIASES));
        all.put(ColumnKind.LANGUAGE, new Vocabulary(Languages.NAMES, Map.of()));
        all.put(ColumnKind.SUBJECT, new Vocabulary(SUBJECTS, SUBJECT_ALIASES));
        all.put(
                ColumnKind.PHONE_TYPE,
                new Vocabulary(List.of("Cell", "Home", "Work", "Other"), Map.of("Mobile", "Cell")));
        all.put(ColumnKind.RELATIONSHIP, new Vocabulary(RELATIONSHIPS, RELATIONSHIP_ALIASES));
        all.put(ColumnKind.CONTACT_TYPE, new Vocabulary(CONTACT_TYPES, CONTACT_TYPE_ALIASES));
        return Map.copyOf(all);
    }

    static final List<String> GRADES = List.of(
            "InfantToddler",
            "Preschool",
            "PreKindergarten",
            "TransitionalKindergarten",
            "Kindergarten",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11",
            "12",
            "13",
            "PostGraduate",
            "Ungraded",
            "Other");

    // Numbers with leading zeros (01..013) and 0 are handled in ValueNormaliser, not listed here.
    private static final Map<String, String> GRADE_ALIASES = Map.ofEntries(
            Map.entry("K", "Kindergarten"),
            Map.entry("KG", "Kindergarten"),
            Map.entry("KN", "Kindergarten"),
            Map.entry("KDG", "Kindergarten"),
            Map.entry("PK", "PreKindergarten"),
            Map.entry("PreK", "PreKindergarten"),
            Map.entry("Pre-K", "PreKindergarten"),
            Map.entry("Pre-Kindergarten", "PreKindergarten"),
            Map.entry("Pre Kindergarten", "PreKindergarten"),
            Map.entry("TK", "TransitionalKindergarten"),
            Map.entry("Transitional Kindergarten", "TransitionalKindergarten"),
            Map.entry("PS", "Preschool"),
            Map.entry("Pre-School", "Preschool"),
            Map.entry("IT", "InfantToddler"),
            Map.entry("Infant/Toddler", "InfantToddler"),
            Map.entry("Infant Toddler", "InfantToddler"),
            Map.entry("PG", "PostGraduate"),
            Map.entry("Post Graduate", "PostGraduate"),
            Map.entry("Post-Graduate", "PostGraduate"),
            Map.entry("UG", "Ungraded"));

    private static final Map<String, String> GENDER_ALIASES =
            Map.of("Male", "M", "Female", "F", "Nonbinary", "X", "Non-binary", "X");

    private static final Map<String, String> YES_NO_ALIASES =
            Map.of("Yes", "Y", "No", "N", "True", "Y", "False", "N", "1", "Y", "0", "N");

    static final List<String> RACES = List.of(
            "Caucasian",
            "Asian",
            "Black or African American",
            "American Indian",
            "Hawaiian or Other Pacific Islander",
            "Two or More Races",
            "Unknown");

    private static final Map<String, String> RACE_ALIASES = Map.of(
            "A", "Asian",
            "B", "Black or African American",
            "I", "American Indian",
            "M", "Two or More Races",
            "P", "Hawaiian or Other Pacific Islander",
            "W", "Caucasian",
            "White", "Caucasian");

    private static final Map<String, String> FRL_ALIASES = Map.of("F", "Free", "R", "Reduced", "N", "Paid");

    static final List<String> SUBJECTS = List.of(
            "english/language arts",
            "math",
            "science",
            "social studies",
            "language",
            "homeroom/advisory",
            "interventions/online learning",
            "technology and engineering",
            "PE and health",
            "arts and music",
            "other");

    private static final Map<String, String> SUBJECT_ALIASES = Map.of(
            "ELA", "english/language arts",
            "English", "english/language arts",
            "Mathematics", "math",
            "Homeroom", "homeroom/advisory",
            "PE", "PE and health");

    static final List<String> RELATIONSHIPS =
            List.of("Parent", "Grandparent", "Self", "Aunt/Uncle", "Sibling", "Other");

    private static final Map<String, String> RELATIONSHIP_ALIASES = Map.of(
            "Mother", "Parent",
            "Father", "Parent",
            "Aunt", "Aunt/Uncle",
            "Uncle", "Aunt/Uncle",
            "Grandmother", "Grandparent",
            "Grandfather", "Grandparent",
            "Brother", "Sibling",
            "Sister", "Sibling");

    static final List<String> CONTACT_TYPES =
            List.of("Parent/Guardian", "Emergency", "Primary", "Secondary", "Family", "Other");

    private static final Map<String, String> CONTACT_TYPE_ALIASES =
            Map.of("Parent", "Parent/Guardian", "Guardian", "Parent/Guardian");

    // Last, so that the tables above are initialised before it is built.
    private static final Map<ColumnKind, Vocabulary> ALL = build();
}
