package org.rosterbridge.export;

import java.util.List;
import java.util.Random;

/** The invented words a synthetic SIS is made of; no real person's data. */
final class SyntheticWords {
    static final List<String> FIRST = List.of(
            "Avery", "Blake", "Casey", "Dana", "Eden", "Finley", "Gray", "Harper", "Indy", "Jordan", "Kai", "Logan",
            "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Reese", "Sage", "Taylor", "Umber", "Vale", "Wren", "Yael",
            "Zion", "Ari", "Bo", "Cruz", "Dee", "Ellis", "Frankie", "Gale", "Hollis", "Ivory", "Jules", "Kendall",
            "Lane", "Marlo", "Nico", "Ocean", "Peyton", "Remy", "Shay", "Tatum", "Val", "West", "Zuri", "Émile", "Zoë");
    static final List<String> LAST = List.of(
            "Abbott",
            "Bramble",
            "Corwin",
            "Dunmore",
            "Elsworth",
            "Fairley",
            "Garnett",
            "Hollow",
            "Ibarra",
            "Jessop",
            "Kestrel",
            "Larkin",
            "Merrow",
            "Northcote",
            "Ollerton",
            "Pembury",
            "Quarry",
            "Rowntree",
            "Sallow",
            "Thorne",
            "Underhill",
            "Vesey",
            "Wexley",
            "Yarrow",
            "Zeller",
            "O'Dell",
            "Núñez",
            "Ashby",
            "Birch",
            "Calloway",
            "Dace",
            "Ember",
            "Fenwick",
            "Gable",
            "Hatherley",
            "Ingle",
            "Jarrow",
            "Kipling",
            "Lowe");
    static final List<String> STREETS = List.of(
            "Maple Ave",
            "Oak St",
            "Birch Rd",
            "Cedar Ln",
            "Elm St",
            "Hillside Dr",
            "Lake Rd",
            "Mill St",
            "Park Ave",
            "River Rd",
            "School St",
            "Spring St",
            "Union Tpke",
            "Valley View Rd",
            "Willow Ct");
    static final List<String> CITIES = List.of("Northfield", "Eastbrook", "Westvale", "Southgate", "Lakeview");
    static final List<String> LISTED_LANGUAGES = List.of(
            "Spanish",
            "Arabic",
            "Bengali",
            "Chinese",
            "Mandarin",
            "Cantonese",
            "Russian",
            "Polish",
            "Urdu",
            "French",
            "Karen",
            "Nepali",
            "Somali",
            "Telegu",
            "Tigrinya",
            "Vietnamese",
            "Korean",
            "Albanian",
            "Punjabi",
            "Ukrainian");
    static final List<String> OTHER_LANGUAGES =
            List.of("Yoruba", "Greek", "Italian", "Haitian Creole", "Sign Language", "english", "SPANISH");
    static final List<String> RACES = List.of(
            "White",
            "Black or African American",
            "Asian",
            "American Indian or Alaska Native",
            "Native Hawaiian or Other Pacific Islander",
            "Multiracial",
            "",
            "Black or African American, White");
    static final List<String> RELATIONSHIPS =
            List.of("Grandparent", "Aunt", "Uncle", "Stepparent", "Guardian", "Foster Parent");
    static final List<String> SUBJECTS = List.of(
            "English",
            "Mathematics",
            "Science",
            "Social Studies",
            "Art",
            "Music",
            "Physical Education",
            "World Language",
            "Technology",
            "Health");

    private SyntheticWords() {}

    static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
