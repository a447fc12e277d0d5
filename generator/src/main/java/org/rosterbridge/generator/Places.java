package org.rosterbridge.generator;

import java.util.SplittableRandom;

/** School names, streets and towns; the district sits in one state, drawn from the seed. */
final class Places {

    private static final String[] NAMESAKES = {
        "Lincoln",
        "Washington",
        "Roosevelt",
        "Jefferson",
        "Maple Grove",
        "Riverside",
        "César Chávez",
        "Sojourner Truth",
        "Martin Luther King, Jr.",
        "Sally Ride",
        "Georgia O'Keeffe",
        "Harriet Tubman",
        "Oak Hill",
        "Lakeview",
        "Pine Ridge",
        "Cedar Park",
        "Franklin",
        "Hamilton",
        "Frida Kahlo",
        "Sunnyside",
        "Westwood",
        "Eastgate",
        "Northside",
        "Brookfield",
        "Fairview",
        "Hillcrest",
        "Meadowbrook",
        "Thurgood Marshall",
        "Dolores Huerta",
        "Ellen Ochoa",
        "Katherine Johnson",
        "Daniel Inouye"
    };
    private static final String[] STREETS = {
        "Main St",
        "Oak Ave",
        "Maple Dr",
        "Cedar Ln",
        "Elm St",
        "Park Blvd",
        "Lake Rd",
        "Hill St",
        "River Rd",
        "Washington Ave",
        "2nd St",
        "Avenida del Sol",
        "Calle Real",
        "Sunset Blvd",
        "Church St",
        "Mill Rd"
    };
    private static final String[] TOWNS = {
        "Springfield", "Riverton", "Fairview", "Greenville", "Franklin", "Clinton", "Georgetown", "Salem",
        "Madison", "Arlington", "Ashland", "Bristol", "Dover", "Milton", "Newport", "San José"
    };
    private static final String[] STATES = {"CA", "NY", "TX", "FL", "IL", "WA", "GA", "NC", "OH", "AZ"};

    private Places() {}

    static String schoolName(int school, Level level) {
        String namesake = NAMESAKES[school % NAMESAKES.length];
        int round = school / NAMESAKES.length;
        String prefix = round == 0 ? "" : "P.S. " + (school + 1) + " ";
        return prefix + namesake + " " + level.suffix();
    }

    static String state(long seed) {
        return STATES[Mix.random(seed, Stream.ADDRESS, -1).nextInt(STATES.length)];
    }

    static String town(long seed, int school) {
        return TOWNS[Mix.random(seed, Stream.ADDRESS, -2L - school).nextInt(TOWNS.length)];
    }

    /** Five digits, the district's three-digit area first. */
    static String zip(long seed, int school) {
        int area = 100 + Mix.random(seed, Stream.ADDRESS, -1).nextInt(800);
        return String.format(java.util.Locale.ROOT, "%03d%02d", area, school % 100);
    }

    /** A house number and street; a few carry an apartment after a comma. */
    static String street(SplittableRandom random) {
        String street = (1 + random.nextInt(9_899)) + " " + Mix.pick(random, STREETS);
        return Mix.chance(random, 0.08) ? street + ", Apt " + (1 + random.nextInt(40)) : street;
    }

    /** A number in the 555-01xx range that is reserved for fiction. */
    static String phone(SplittableRandom random) {
        int area = 200 + random.nextInt(790);
        return "(" + area + ") 555-01" + (10 + random.nextInt(90));
    }
}
