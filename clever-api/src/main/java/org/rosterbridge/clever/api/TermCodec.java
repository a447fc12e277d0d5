package org.rosterbridge.clever.api;

import java.io.IOException;
import org.rosterbridge.clever.Course;
import org.rosterbridge.clever.Term;

/** Terms and courses: small, identical in every version, no times. */
final class TermCodec {

    private TermCodec() {}

    static void writeTerm(Out o, Term t) throws IOException {
        o.id("id", t.id());
        o.id("district", t.district());
        o.optText("name", t.name());
        if (t.startDate().isPresent()) {
            o.text("start_date", WireTime.date(t.startDate().get()));
        }
        if (t.endDate().isPresent()) {
            o.text("end_date", WireTime.date(t.endDate().get()));
        }
    }

    static Term readTerm(In in) {
        return new Term(in.id("id"), in.id("district"), in.text("name"), in.date("start_date"), in.date("end_date"));
    }

    static void writeCourse(Out o, Course c) throws IOException {
        o.id("id", c.id());
        o.id("district", c.district());
        o.optText("name", c.name());
        o.optText("number", c.number());
    }

    static Course readCourse(In in) {
        return new Course(in.id("id"), in.id("district"), in.text("name"), in.text("number"));
    }
}
