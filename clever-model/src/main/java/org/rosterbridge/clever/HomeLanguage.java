package org.rosterbridge.clever;

/** Clever's v3.0 home language names (v3.1 adds ISO 639-3 names; those are kept as unknown values). */
public enum HomeLanguage implements CleverCode {
    ENGLISH("English"),
    ALBANIAN("Albanian"),
    AMHARIC("Amharic"),
    ARABIC("Arabic"),
    BENGALI("Bengali"),
    BOSNIAN("Bosnian"),
    BURMESE("Burmese"),
    CANTONESE("Cantonese"),
    CHINESE("Chinese"),
    DUTCH("Dutch"),
    FARSI("Farsi"),
    FRENCH("French"),
    GERMAN("German"),
    HEBREW("Hebrew"),
    HINDI("Hindi"),
    HMONG("Hmong"),
    ILOCANO("Ilocano"),
    JAPANESE("Japanese"),
    JAVANESE("Javanese"),
    KAREN("Karen"),
    KHMER("Khmer"),
    KOREAN("Korean"),
    LAOTIAN("Laotian"),
    LATVIAN("Latvian"),
    MALAY("Malay"),
    MANDARIN("Mandarin"),
    NEPALI("Nepali"),
    OROMO("Oromo"),
    POLISH("Polish"),
    PORTUGUESE("Portuguese"),
    PUNJABI("Punjabi"),
    ROMANIAN("Romanian"),
    RUSSIAN("Russian"),
    SAMOAN("Samoan"),
    SERBIAN("Serbian"),
    SOMALI("Somali"),
    SPANISH("Spanish"),
    SWAHILI("Swahili"),
    TAGALOG("Tagalog"),
    TAMIL("Tamil"),
    TELUGU("Telugu"),
    THAI("Thai"),
    TIGRINYA("Tigrinya"),
    TURKISH("Turkish"),
    UKRAINIAN("Ukrainian"),
    URDU("Urdu"),
    VIETNAMESE("Vietnamese");

    private final String wire;

    HomeLanguage(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
