package org.rosterbridge.hub.derive;

import org.rosterbridge.clever.CleverCode;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.ContactType;
import org.rosterbridge.clever.FrlStatus;
import org.rosterbridge.clever.Gender;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.HomeLanguage;
import org.rosterbridge.clever.PhoneType;
import org.rosterbridge.clever.Race;
import org.rosterbridge.clever.Relationship;
import org.rosterbridge.clever.Subject;
import org.rosterbridge.clever.YesNo;

/**
 * Clever validates its code lists, so the API never serves a value outside them. The reader has already
 * normalised the spellings it recognises; a value still unknown here becomes the list's catch-all
 * ({@code other} for subjects, {@code Other} where the list has one) or, where the list has none, empty.
 * The raw value is not kept anywhere: the validation report names it as a warning.
 */
final class Codes {
    private Codes() {}

    static Coded<Subject> subject(String wire) {
        return orElse(Subject.class, wire, Subject.OTHER.wire());
    }

    static Coded<Grade> grade(String wire) {
        return orElse(Grade.class, wire, Grade.OTHER.wire());
    }

    static Coded<Gender> gender(String wire) {
        return orElse(Gender.class, wire, "");
    }

    static Coded<Race> race(String wire) {
        return orElse(Race.class, wire, "");
    }

    static Coded<YesNo> yesNo(String wire) {
        return orElse(YesNo.class, wire, "");
    }

    static Coded<FrlStatus> frl(String wire) {
        return orElse(FrlStatus.class, wire, "");
    }

    static Coded<HomeLanguage> language(String wire) {
        return orElse(HomeLanguage.class, wire, "");
    }

    static Coded<PhoneType> phoneType(String wire) {
        return orElse(PhoneType.class, wire, PhoneType.OTHER.wire());
    }

    static Coded<Relationship> relationship(String wire) {
        return orElse(Relationship.class, wire, Relationship.OTHER.wire());
    }

    static Coded<ContactType> contactType(String wire) {
        return orElse(ContactType.class, wire, ContactType.OTHER.wire());
    }

    private static <E extends Enum<E> & CleverCode> Coded<E> orElse(Class<E> type, String wire, String fallback) {
        Coded<E> coded = Coded.of(type, wire);
        return wire.isEmpty() || coded.known().isPresent() ? coded : Coded.of(type, fallback);
    }
}
