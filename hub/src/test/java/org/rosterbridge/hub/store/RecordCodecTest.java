package org.rosterbridge.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rosterbridge.clever.CleverCode;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.ContactRole;
import org.rosterbridge.clever.ContactType;
import org.rosterbridge.clever.Course;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.DistrictAdminRole;
import org.rosterbridge.clever.DistrictState;
import org.rosterbridge.clever.FrlStatus;
import org.rosterbridge.clever.Gender;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.HomeLanguage;
import org.rosterbridge.clever.Location;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.PhoneType;
import org.rosterbridge.clever.Race;
import org.rosterbridge.clever.Relationship;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.School;
import org.rosterbridge.clever.SchoolEnrollment;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.StaffPermission;
import org.rosterbridge.clever.StaffRole;
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.StudentRole;
import org.rosterbridge.clever.Subject;
import org.rosterbridge.clever.TeacherRole;
import org.rosterbridge.clever.Term;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.YesNo;

/** The storage form gives back the record it was given, and equal records give equal bytes. */
class RecordCodecTest {
    private static final int RUNS = 500;

    @Test
    void readsBackEveryKindOfRecordItWrote() {
        Random random = new Random(20_260_101);
        for (int run = 0; run < RUNS; run++) {
            Records records = new Records(random);
            for (CleverObject record : List.of(
                    records.district(),
                    records.school(),
                    records.term(),
                    records.course(),
                    records.section(),
                    records.user())) {
                ByteWriter out = new ByteWriter();
                RecordCodec.write(out, record);
                assertThat(RecordCodec.read(out.toBytes())).as("run %d", run).isEqualTo(record);
            }
        }
    }

    @Test
    void hashesEqualRecordsEquallyAndChangedOnesDifferently() {
        Records records = new Records(new Random(5));
        User user = records.user();
        ByteWriter a = new ByteWriter();
        RecordCodec.write(a, user);
        ByteWriter b = new ByteWriter();
        RecordCodec.write(b, RecordCodec.read(a.toBytes()));
        assertThat(b.hash()).isEqualTo(a.hash());
        ByteWriter c = new ByteWriter();
        RecordCodec.write(c, new User(user.id(), user.district(), user.name(), user.email() + "x", user.roles()));
        assertThat(c.hash()).isNotEqualTo(a.hash());
    }

    /** Random records with every optional part sometimes absent and text of any script. */
    private static final class Records {
        private final Random random;

        Records(Random random) {
            this.random = random;
        }

        CleverId id() {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                hex.append(Character.forDigit(random.nextInt(16), 16));
            }
            return CleverId.of(hex.toString());
        }

        String text() {
            String[] pool = {"", "Ada", "O'Brien, Jr.", "Zoë \"Z\" Ångström", "李小龍", "a\nb", "x".repeat(300)};
            return pool[random.nextInt(pool.length)];
        }

        <T> Optional<T> maybe(Supplier<T> value) {
            return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
        }

        <T> List<T> list(Supplier<T> value) {
            List<T> list = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                list.add(value.get());
            }
            return list;
        }

        <E extends Enum<E> & CleverCode> Coded<E> code(Class<E> type) {
            E[] values = type.getEnumConstants();
            int pick = random.nextInt(values.length + 2);
            return pick < values.length ? Coded.of(values[pick]) : Coded.of(type, pick == values.length ? "" : "odd");
        }

        LocalDate date() {
            return LocalDate.ofEpochDay(random.nextInt(40_000) - 10_000);
        }

        Instant instant() {
            return Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L);
        }

        Location location() {
            return new Location(text(), text(), text(), text(), text(), text());
        }

        District district() {
            return new District(
                    id(),
                    text(),
                    "sftp",
                    code(DistrictState.class),
                    maybe(this::instant),
                    maybe(this::date),
                    text(),
                    list(this::text),
                    text(),
                    text());
        }

        School school() {
            return new School(
                    id(),
                    id(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    text(),
                    code(Grade.class),
                    code(Grade.class),
                    new School.Principal(text(), text()),
                    location());
        }

        Term term() {
            return new Term(id(), id(), text(), maybe(this::date), maybe(this::date));
        }

        Course course() {
            return new Course(id(), id(), text(), text());
        }

        Section section() {
            return new Section(
                    id(),
                    id(),
                    id(),
                    text(),
                    text(),
                    text(),
                    text(),
                    code(Subject.class),
                    code(Grade.class),
                    maybe(this::id),
                    maybe(this::id),
                    maybe(this::id),
                    list(this::id),
                    list(this::id));
        }

        User user() {
            Roles roles = new Roles(
                    maybe(this::student),
                    maybe(this::teacher),
                    maybe(this::staff),
                    maybe(() -> new DistrictAdminRole(id(), text())),
                    maybe(this::contact));
            return new User(id(), id(), new Name(text(), text(), text()), text(), roles);
        }

        StudentRole student() {
            return new StudentRole(
                    id(),
                    text(),
                    text(),
                    text(),
                    id(),
                    list(this::id),
                    list(() -> new SchoolEnrollment(id(), instant(), maybe(this::instant))),
                    maybe(this::date),
                    code(Gender.class),
                    code(Grade.class),
                    text(),
                    code(Race.class),
                    code(YesNo.class),
                    code(YesNo.class),
                    code(FrlStatus.class),
                    text(),
                    code(HomeLanguage.class),
                    location(),
                    text(),
                    text(),
                    text());
        }

        TeacherRole teacher() {
            return new TeacherRole(id(), text(), id(), list(this::id), text(), text(), text(), text());
        }

        StaffRole staff() {
            return new StaffRole(
                    id(), text(), list(this::id), list(() -> code(StaffPermission.class)), text(), text(), text());
        }

        ContactRole contact() {
            return new ContactRole(
                    id(),
                    text(),
                    text(),
                    code(PhoneType.class),
                    list(() -> new StudentRelationship(id(), code(Relationship.class), code(ContactType.class))));
        }
    }
}
