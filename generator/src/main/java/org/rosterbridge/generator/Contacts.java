package org.rosterbridge.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Families and their contacts. About 8 % of students are the younger sibling of the student numbered
 * just before them at the same school: they share that family's last name, address and contacts, so one
 * Contact_sis_id appears on several students. A family has 0 to 3 contacts, 1.6 on average.
 */
final class Contacts {

    private static final double YOUNGER_SIBLING_SHARE = 0.08;
    private static final String[] PHONE_TYPES = {"Cell", "Cell", "Cell", "Cell", "Home", "Home", "Work", "Other"};

    /** One contact as students.csv carries it; empty strings where absent. */
    record Contact(
            String relationship, String type, String name, String phone, String phoneType, String email, String id) {}

    private Contacts() {}

    /** Whether {@code student} is the younger sibling of {@code student - 1}. */
    static boolean youngerSibling(DistrictPlan plan, int school, int student) {
        return student > plan.studentStart[school]
                && student < plan.studentStart[school + 1]
                && Mix.unit(plan.seed, Stream.SIBLING, student) < YOUNGER_SIBLING_SHARE;
    }

    /** The eldest sibling, whose number keys the family. */
    static int familyHead(DistrictPlan plan, int school, int student) {
        int head = student;
        while (youngerSibling(plan, school, head)) {
            head--;
        }
        return head;
    }

    static List<Contact> ofFamily(DistrictPlan plan, int school, int head, String familyName) {
        int roll = Mix.random(plan.seed, Stream.FAMILY, head).nextInt(100);
        int count = roll < 8 ? 0 : roll < 45 ? 1 : roll < 88 ? 2 : 3;
        boolean shared = youngerSibling(plan, school, head + 1);
        List<Contact> contacts = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            SplittableRandom random = Mix.random(plan.seed, Stream.CONTACT, 4L * head + k);
            contacts.add(contact(random, k, familyName, shared, 3L * head + k));
        }
        return contacts;
    }

    private static Contact contact(SplittableRandom random, int k, String familyName, boolean shared, long number) {
        Person person = NamePools.person(random);
        if (k < 2 && Mix.chance(random, 0.8)) {
            person = person.withLast(familyName);
        }
        boolean hasPhone = Mix.chance(random, 0.92);
        return new Contact(
                relationship(random, k),
                type(random, k),
                person.full(),
                hasPhone ? Places.phone(random) : "",
                hasPhone ? Mix.pick(random, PHONE_TYPES) : "",
                Mix.chance(random, 0.7) ? Emails.localPart(person, number) + Emails.FAMILY_DOMAIN : "",
                !shared && Mix.chance(random, 0.02) ? "" : Ids.CONTACT.of(number + 1));
    }

    private static String relationship(SplittableRandom random, int k) {
        int roll = random.nextInt(100);
        return switch (k) {
            case 0 -> roll < 95 ? "Parent" : "Grandparent";
            case 1 -> roll < 70 ? "Parent" : roll < 82 ? "Grandparent" : roll < 92 ? "Aunt/Uncle" : "Other";
            default -> roll < 30 ? "Grandparent" : roll < 60 ? "Aunt/Uncle" : roll < 80 ? "Sibling" : "Other";
        };
    }

    private static String type(SplittableRandom random, int k) {
        int roll = random.nextInt(100);
        return switch (k) {
            case 0 -> roll < 80 ? "Parent/Guardian" : "Primary";
            case 1 -> roll < 60 ? "Parent/Guardian" : "Secondary";
            default -> roll < 80 ? "Emergency" : "Family";
        };
    }
}
