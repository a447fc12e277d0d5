package org.rosterbridge.clever.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.rosterbridge.clever.CleverCode;
import org.rosterbridge.clever.CleverId;
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

/**
 * Seeded random records that a given version can carry without loss (v2.0 grades, single-role v2 people
 * whose id is their legacy id, …), so decode(encode(x)) must equal x exactly.
 */
final class RosterGen {

    private static final String ALPHABET = "abcXYZ019 -'\"\\/éü漢字😀\t\n";
    private static final Grade[] V20_GRADES = {
        Grade.PRE_KINDERGARTEN, Grade.KINDERGARTEN, Grade.G1, Grade.G5, Grade.G12, Grade.POST_GRADUATE, Grade.OTHER
    };

    private final Random random;
    private final ApiVersion version;

    RosterGen(long seed, ApiVersion version) {
        this.random = new Random(seed);
        this.version = version;
    }

    CleverId id() {
        StringBuilder s = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            s.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return CleverId.of(s.toString());
    }

    String text() {
        if (random.nextInt(4) == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(12);
        while (s.length() < length) {
            s.appendCodePoint(ALPHABET.codePointAt(random.nextInt(ALPHABET.length() - 2)));
        }
        return s.toString();
    }

    Instant instant() {
        return Instant.ofEpochMilli(946_684_800_000L + (long) (random.nextDouble() * 1_000_000_000_000L));
    }

    Stamps stamps() {
        Instant created = instant();
        return new Stamps(created, random.nextBoolean() ? created : instant());
    }

    LocalDate date() {
        return LocalDate.of(1950 + random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    <T> Optional<T> maybe(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    <T> List<T> list(int max, Supplier<T> item) {
        List<T> out = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }

    <E extends Enum<E> & CleverCode> Coded<E> code(Class<E> type) {
        E[] values = type.getEnumConstants();
        return random.nextInt(5) == 0 ? Coded.empty(type) : Coded.of(values[random.nextInt(values.length)]);
    }

    Coded<Grade> grade() {
        if (version != ApiVersion.V2_0) {
            return code(Grade.class);
        }
        return random.nextInt(5) == 0
                ? Coded.empty(Grade.class)
                : Coded.of(V20_GRADES[random.nextInt(V20_GRADES.length)]);
    }

    District district() {
        boolean v20 = version == ApiVersion.V2_0;
        return new District(
                id(),
                text(),
                "sftp",
                code(DistrictState.class),
                maybe(this::instant),
                maybe(this::date),
                v20 ? "" : text(),
                v20 ? List.of() : list(3, this::text),
                text(),
                text());
    }

    School school(CleverId district) {
        return new School(
                id(),
                district,
                text(),
                text(),
                text(),
                text(),
                text(),
                text(),
                text(),
                grade(),
                grade(),
                new School.Principal(text(), text()),
                location());
    }

    Location location() {
        return random.nextInt(3) == 0 ? Location.EMPTY : new Location(text(), text(), text(), text(), text(), text());
    }

    Term term(CleverId district) {
        return new Term(id(), district, text(), maybe(this::date), maybe(this::date));
    }

    Course course(CleverId district) {
        return new Course(id(), district, text(), text());
    }

    Section section(CleverId district) {
        List<CleverId> teachers = list(4, this::id);
        return new Section(
                id(),
                district,
                id(),
                text(),
                text(),
                text(),
                text(),
                code(Subject.class),
                grade(),
                maybe(this::id),
                maybe(this::id),
                teachers.isEmpty() ? Optional.empty() : Optional.of(teachers.get(0)),
                teachers,
                list(6, this::id));
    }

    /** A v3 user with any allowed role combination, or a v2 person showing exactly {@code type}'s role. */
    User user(CleverId district, ResourceType type) {
        CleverId id = id();
        Roles roles = switch (type) {
            case USERS -> v3Roles(id);
            case STUDENTS -> Roles.of(student(id));
            case CONTACTS -> Roles.of(contact(id));
            case TEACHERS -> new Roles(none(), Optional.of(teacher(id)), none(), none(), none());
            case SCHOOL_ADMINS -> new Roles(none(), none(), Optional.of(staff(id)), none(), none());
            case DISTRICT_ADMINS ->
                new Roles(none(), none(), none(), Optional.of(new DistrictAdminRole(id, text())), none());
            default -> throw new IllegalArgumentException(type.name());
        };
        return new User(id, district, name(type), text(), roles);
    }

    private Name name(ResourceType type) {
        return switch (type) {
            case CONTACTS -> new Name("", "", text());
            case SCHOOL_ADMINS, DISTRICT_ADMINS -> new Name(text(), "", text());
            default -> new Name(text(), text(), text());
        };
    }

    private Roles v3Roles(CleverId userId) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return Roles.of(student(userId));
        }
        if (kind == 1) {
            return Roles.of(contact(id()));
        }
        Optional<TeacherRole> teacher = maybe(() -> teacher(id()));
        Optional<StaffRole> staff = maybe(() -> staff(id()));
        Optional<DistrictAdminRole> admin = teacher.isEmpty() && staff.isEmpty()
                ? Optional.of(new DistrictAdminRole(id(), text()))
                : maybe(() -> new DistrictAdminRole(id(), text()));
        return new Roles(none(), teacher, staff, admin, none());
    }

    StudentRole student(CleverId legacyId) {
        Coded<Gender> gender = code(Gender.class);
        if (version == ApiVersion.V2_0 && gender.is(Gender.UNSPECIFIED)) {
            gender = Coded.of(Gender.FEMALE);
        }
        Coded<FrlStatus> frl = code(FrlStatus.class);
        if (version != ApiVersion.V3_1 && frl.is(FrlStatus.OTHER)) {
            frl = Coded.of(FrlStatus.PAID);
        }
        return new StudentRole(
                legacyId,
                text(),
                text(),
                text(),
                id(),
                list(3, this::id),
                version == ApiVersion.V2_0 ? List.of() : list(2, this::enrollment),
                maybe(this::date),
                gender,
                grade(),
                text(),
                code(Race.class),
                code(YesNo.class),
                code(YesNo.class),
                frl,
                text(),
                code(HomeLanguage.class),
                location(),
                text(),
                text(),
                text());
    }

    private SchoolEnrollment enrollment() {
        return new SchoolEnrollment(id(), instant(), maybe(this::instant));
    }

    TeacherRole teacher(CleverId legacyId) {
        return new TeacherRole(legacyId, text(), id(), list(3, this::id), text(), text(), text(), text());
    }

    StaffRole staff(CleverId legacyId) {
        List<Coded<StaffPermission>> permissions =
                version.isV3() ? list(2, () -> Coded.of(StaffPermission.values()[random.nextInt(2)])) : List.of();
        String department = version == ApiVersion.V2_0 ? "" : text();
        return new StaffRole(legacyId, text(), list(3, this::id), permissions, department, text(), text());
    }

    ContactRole contact(CleverId legacyId) {
        List<StudentRelationship> relationships;
        if (version.isV3()) {
            relationships =
                    list(3, () -> new StudentRelationship(id(), code(Relationship.class), code(ContactType.class)));
        } else {
            Coded<Relationship> relationship = code(Relationship.class);
            Coded<ContactType> type = code(ContactType.class);
            relationships = list(3, () -> new StudentRelationship(id(), relationship, type));
        }
        return new ContactRole(legacyId, text(), text(), code(PhoneType.class), relationships);
    }

    private static <T> Optional<T> none() {
        return Optional.empty();
    }
}
