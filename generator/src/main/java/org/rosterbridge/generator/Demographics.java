package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.StudentColumn.ELL_STATUS;
import static org.rosterbridge.clever.csv.StudentColumn.FRL_STATUS;
import static org.rosterbridge.clever.csv.StudentColumn.GENDER;
import static org.rosterbridge.clever.csv.StudentColumn.HISPANIC_LATINO;
import static org.rosterbridge.clever.csv.StudentColumn.HOME_LANGUAGE;
import static org.rosterbridge.clever.csv.StudentColumn.IEP_STATUS;
import static org.rosterbridge.clever.csv.StudentColumn.RACE;
import static org.rosterbridge.clever.csv.StudentColumn.UNWEIGHTED_GPA;
import static org.rosterbridge.clever.csv.StudentColumn.WEIGHTED_GPA;

import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.Row;

/**
 * The optional student columns, each in Clever's own spelling and each left empty for a share of
 * students, as SIS exports do. GPAs only in high school.
 */
final class Demographics {

    private static final String[] RACES = {
        "Caucasian",
        "Caucasian",
        "Caucasian",
        "Caucasian",
        "Caucasian",
        "Caucasian",
        "Caucasian",
        "Caucasian",
        "Black or African American",
        "Black or African American",
        "Black or African American",
        "Asian",
        "Asian",
        "Two or More Races",
        "American Indian",
        "Hawaiian or Other Pacific Islander",
        "Unknown"
    };
    private static final String[] OTHER_LANGUAGES = {
        "Chinese", "Vietnamese", "Arabic", "Tagalog", "Korean", "Russian", "French", "Somali", "Hmong",
        "Portuguese", "Cantonese", "Mandarin", "Bengali", "Urdu", "Ukrainian", "Farsi", "Polish", "Punjabi"
    };

    private Demographics() {}

    static void fill(Row.Builder row, SplittableRandom random, int grade) {
        int gender = random.nextInt(100);
        row.set(GENDER, gender < 49 ? "F" : gender < 98 ? "M" : gender < 99 ? "X" : "");
        row.set(RACE, Mix.chance(random, 0.9) ? Mix.pick(random, RACES) : "");
        int hispanic = random.nextInt(100);
        row.set(HISPANIC_LATINO, hispanic < 27 ? "Y" : hispanic < 95 ? "N" : "");
        String language = language(random);
        row.set(HOME_LANGUAGE, language);
        boolean learner = !language.isEmpty() && !language.equals("English") && Mix.chance(random, 0.5);
        row.set(ELL_STATUS, Mix.chance(random, 0.97) ? (learner ? "Y" : "N") : "");
        int frl = random.nextInt(100);
        row.set(FRL_STATUS, frl < 40 ? "Free" : frl < 48 ? "Reduced" : frl < 93 ? "Paid" : "");
        int iep = random.nextInt(100);
        row.set(IEP_STATUS, iep < 14 ? "Y" : iep < 94 ? "N" : "");
        if (grade >= 9 && Mix.chance(random, 0.7)) {
            int unweighted = 150 + random.nextInt(251);
            row.set(UNWEIGHTED_GPA, hundredths(unweighted))
                    .set(WEIGHTED_GPA, hundredths(Math.min(500, unweighted + random.nextInt(61))));
        }
    }

    private static String language(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 3) {
            return "";
        }
        return roll < 79 ? "English" : roll < 93 ? "Spanish" : Mix.pick(random, OTHER_LANGUAGES);
    }

    /** {@code 342} as {@code 3.42}. */
    static String hundredths(int value) {
        int cents = value % 100;
        return value / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
