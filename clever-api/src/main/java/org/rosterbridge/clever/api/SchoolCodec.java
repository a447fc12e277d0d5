package org.rosterbridge.clever.api;

import java.io.IOException;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.School;

/** School: the same field names in every version; v2.0 narrows the grade list. */
final class SchoolCodec {

    private SchoolCodec() {}

    static void write(Out o, School s, Stamps stamps) throws IOException {
        o.id("id", s.id());
        o.id("district", s.district());
        o.text("name", s.name());
        o.stamps(stamps);
        o.text("sis_id", s.sisId());
        o.text("school_number", s.schoolNumber());
        o.optText("state_id", s.stateId());
        o.optText("nces_id", s.ncesId());
        o.optText("mdr_number", s.mdrNumber());
        o.optText("phone", s.phone());
        o.optText("low_grade", o.codes.grade(s.lowGrade()));
        o.optText("high_grade", o.codes.grade(s.highGrade()));
        o.startObject("principal");
        o.optText("name", s.principal().name());
        o.optText("email", s.principal().email());
        o.end();
        LocationCodec.write(o, s.location());
    }

    static School read(In in) {
        In principal = in.object("principal");
        return new School(
                in.id("id"),
                in.id("district"),
                in.text("name"),
                in.text("sis_id"),
                in.text("school_number"),
                in.text("state_id"),
                in.text("nces_id"),
                in.text("mdr_number"),
                in.text("phone"),
                in.code(Grade.class, "low_grade"),
                in.code(Grade.class, "high_grade"),
                new School.Principal(principal.text("name"), principal.text("email")),
                LocationCodec.read(in));
    }
}
