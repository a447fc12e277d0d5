package org.rosterbridge.hub.store;

import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Course;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.DistrictState;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.Location;
import org.rosterbridge.clever.School;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.Subject;
import org.rosterbridge.clever.Term;
import org.rosterbridge.clever.User;

/**
 * The hub's storage form of a record: compact binary, a few hundred bytes per user, decoded back into the
 * same model record. It is a storage format only: what clients see is always Clever's JSON, written by
 * {@code CleverJson} from the decoded record. Equal records encode to equal bytes, so a hash of the bytes
 * tells whether a record changed between uploads. Users are in {@link UserCodec}.
 */
final class RecordCodec {
    private RecordCodec() {}

    static void write(ByteWriter out, CleverObject record) {
        out.varInt(Kind.of(record).ordinal());
        switch (Kind.of(record)) {
            case DISTRICT -> district(out, (District) record);
            case SCHOOL -> school(out, (School) record);
            case TERM -> term(out, (Term) record);
            case COURSE -> course(out, (Course) record);
            case SECTION -> section(out, (Section) record);
            case USER -> UserCodec.write(out, (User) record);
        }
    }

    static CleverObject read(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        return switch (Kind.values()[in.varInt()]) {
            case DISTRICT -> district(in);
            case SCHOOL -> school(in);
            case TERM -> new Term(in.id(), in.id(), in.text(), in.optionalDate(), in.optionalDate());
            case COURSE -> new Course(in.id(), in.id(), in.text(), in.text());
            case SECTION -> section(in);
            case USER -> UserCodec.read(in);
        };
    }

    private static void district(ByteWriter out, District d) {
        out.id(d.id());
        out.text(d.name());
        out.text(d.sisType());
        out.code(d.state());
        out.optionalInstant(d.lastSync());
        out.optionalDate(d.launchDate());
        out.text(d.portalUrl());
        out.texts(d.loginMethods());
        out.text(d.mdrNumber());
        out.text(d.ncesId());
    }

    private static District district(ByteReader in) {
        return new District(
                in.id(),
                in.text(),
                in.text(),
                in.code(DistrictState.class),
                in.optionalInstant(),
                in.optionalDate(),
                in.text(),
                in.texts(),
                in.text(),
                in.text());
    }

    private static void school(ByteWriter out, School s) {
        out.id(s.id());
        out.id(s.district());
        out.text(s.name());
        out.text(s.sisId());
        out.text(s.schoolNumber());
        out.text(s.stateId());
        out.text(s.ncesId());
        out.text(s.mdrNumber());
        out.text(s.phone());
        out.code(s.lowGrade());
        out.code(s.highGrade());
        out.text(s.principal().name());
        out.text(s.principal().email());
        location(out, s.location());
    }

    private static School school(ByteReader in) {
        return new School(
                in.id(),
                in.id(),
                in.text(),
                in.text(),
                in.text(),
                in.text(),
                in.text(),
                in.text(),
                in.text(),
                in.code(Grade.class),
                in.code(Grade.class),
                new School.Principal(in.text(), in.text()),
                location(in));
    }

    private static void term(ByteWriter out, Term t) {
        out.id(t.id());
        out.id(t.district());
        out.text(t.name());
        out.optionalDate(t.startDate());
        out.optionalDate(t.endDate());
    }

    private static void course(ByteWriter out, Course c) {
        out.id(c.id());
        out.id(c.district());
        out.text(c.name());
        out.text(c.number());
    }

    private static void section(ByteWriter out, Section s) {
        out.id(s.id());
        out.id(s.district());
        out.id(s.school());
        out.text(s.sisId());
        out.text(s.name());
        out.text(s.sectionNumber());
        out.text(s.period());
        out.code(s.subject());
        out.code(s.grade());
        out.optionalId(s.course());
        out.optionalId(s.term());
        out.optionalId(s.teacher());
        out.ids(s.teachers());
        out.ids(s.students());
    }

    private static Section section(ByteReader in) {
        return new Section(
                in.id(),
                in.id(),
                in.id(),
                in.text(),
                in.text(),
                in.text(),
                in.text(),
                in.code(Subject.class),
                in.code(Grade.class),
                in.optionalId(),
                in.optionalId(),
                in.optionalId(),
                in.ids(),
                in.ids());
    }

    static void location(ByteWriter out, Location l) {
        out.text(l.address());
        out.text(l.city());
        out.text(l.state());
        out.text(l.zip());
        out.text(l.lat());
        out.text(l.lon());
    }

    static Location location(ByteReader in) {
        return new Location(in.text(), in.text(), in.text(), in.text(), in.text(), in.text());
    }
}
