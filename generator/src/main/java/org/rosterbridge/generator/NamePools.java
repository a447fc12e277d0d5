package org.rosterbridge.generator;

import java.util.SplittableRandom;

/**
 * Names, mostly common US ones with a realistic sprinkling of the spellings that break naive code:
 * accents and other Latin diacritics, CJK and Hangul, apostrophes, a comma before a suffix, and a
 * nickname in double quotes. Draws go by category first so the rare spellings stay rare.
 */
final class NamePools {

    private static final String[] FIRST = {
        "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "William",
        "Mia", "Benjamin", "Charlotte", "Lucas", "Amelia", "Henry", "Harper", "Alexander", "Evelyn", "Daniel",
        "Abigail", "Michael", "Emily", "Ethan", "Elizabeth", "Jacob", "Sofia", "Logan", "Avery", "Jackson",
        "Ella", "Sebastian", "Scarlett", "Aiden", "Grace", "Matthew", "Chloe", "Samuel", "Victoria", "David",
        "Riley", "Joseph", "Aria", "Carter", "Lily", "Owen", "Aaliyah", "Wyatt", "Nora", "John",
        "Zoey", "Jack", "Hannah", "Luke", "Layla", "Jayden", "Maya", "Dylan", "Leah", "Gabriel",
        "Isaac", "Stella", "Anthony", "Hazel", "Julian", "Aurora", "Mateo", "Camila", "Santiago", "Valentina",
        "Diego", "Mariana", "Ximena", "Juan", "Ana", "Luis", "Carmen", "Omar", "Fatima", "Aisha",
        "Ahmed", "Yusuf", "Priya", "Arjun", "Ananya", "Rohan", "Wei", "Mei", "Hana", "Yuki",
        "Haruto", "Thanh", "Linh", "Kwame", "Amara", "Tariq", "Malik", "Imani", "Keisha", "Tyrone"
    };
    private static final String[] FIRST_ACCENTED = {
        "José", "María", "Lucía", "Sofía", "Jesús", "Zoë", "Chloé", "François", "Renée", "Björn",
        "Søren", "Iñaki", "Łukasz", "Zoé", "Inés", "Andrés", "Ramón", "Noémie", "Mañuel", "Ålva"
    };
    private static final String[] FIRST_APOSTROPHE = {"D'Andre", "Ja'Kobe", "De'Asia", "La'Shay", "Ke'Andre"};
    private static final String[] FIRST_QUOTED = {
        "Katherine \"Kate\"", "William \"Bill\"", "Robert \"Bobby\"", "Elizabeth \"Liz\""
    };
    private static final String[] LAST = {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Kim", "Patel", "Chen", "Wang", "Singh", "Khan", "Cohen", "Murphy", "Kowalski", "Novak",
        "Okafor", "Mensah", "Haddad", "Ali", "Tran", "Pham", "Yamamoto", "Park", "Shah", "Rossi",
        "de la Cruz", "Van der Berg", "Smith-Jones", "St. James", "MacDonald"
    };
    private static final String[] LAST_ACCENTED = {
        "García", "Hernández", "Martínez", "Pérez", "Gómez", "Peña", "Muñoz", "Nguyễn", "Trần", "Lê",
        "Müller", "Schröder", "Dvořák", "Øster", "Çelik", "Łukasiewicz", "Ibáñez", "Jiménez", "Núñez", "Böhm"
    };
    private static final String[] LAST_APOSTROPHE = {"O'Brien", "O'Connor", "D'Angelo", "N'Diaye", "O'Neil"};
    private static final String[] LAST_COMMA = {"King, Jr.", "Smith, III", "Davis, Sr.", "Lopez, Jr."};
    private static final String[] CJK_FIRST = {"伟", "芳", "美咲", "翔太", "민준", "서연", "静", "陽菜"};
    private static final String[] CJK_LAST = {"王", "李", "张", "田中", "佐藤", "김", "박", "이"};

    private NamePools() {}

    /** A whole name; about 2 % are written in CJK or Hangul throughout. */
    static Person person(SplittableRandom random) {
        if (Mix.chance(random, 0.02)) {
            return new Person(Mix.pick(random, CJK_FIRST), "", Mix.pick(random, CJK_LAST));
        }
        String first = first(random);
        String middle = Mix.chance(random, 0.4) ? plainFirst(random) : "";
        return new Person(first, middle, last(random));
    }

    static String first(SplittableRandom random) {
        int roll = random.nextInt(1000);
        if (roll < 60) {
            return Mix.pick(random, FIRST_ACCENTED);
        }
        if (roll < 75) {
            return Mix.pick(random, FIRST_APOSTROPHE);
        }
        return roll < 78 ? Mix.pick(random, FIRST_QUOTED) : plainFirst(random);
    }

    static String last(SplittableRandom random) {
        int roll = random.nextInt(1000);
        if (roll < 90) {
            return Mix.pick(random, LAST_ACCENTED);
        }
        if (roll < 110) {
            return Mix.pick(random, LAST_APOSTROPHE);
        }
        return roll < 116 ? Mix.pick(random, LAST_COMMA) : Mix.pick(random, LAST);
    }

    private static String plainFirst(SplittableRandom random) {
        return Mix.pick(random, FIRST);
    }
}
