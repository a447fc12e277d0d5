package org.rosterbridge.clever.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.Subject;

/** Section: one shape in every version, but v2 names teachers by their v2 teacher ids. */
final class SectionCodec {

    private SectionCodec() {}

    static void write(Out o, Section s, Stamps stamps, TeacherIds teacherIds) throws IOException {
        o.id("id", s.id());
        o.id("district", s.district());
        o.id("school", s.school());
        o.stamps(stamps);
        o.text("name", s.name());
        o.text("sis_id", s.sisId());
        o.optText("section_number", s.sectionNumber());
        o.optText("period", s.period());
        o.optText("subject", o.codes.known(s.subject()));
        o.optText("grade", o.codes.grade(s.grade()));
        o.optId("course", s.course());
        o.optId("term_id", s.term());
        boolean v2 = !o.version().isV3();
        o.optId("teacher", v2 ? s.teacher().map(teacherIds::legacyIdOf) : s.teacher());
        o.ids("teachers", v2 ? mapped(s.teachers(), teacherIds) : s.teachers());
        o.ids("students", s.students());
    }

    static Section read(In in) {
        return new Section(
                in.id("id"),
                in.id("district"),
                in.id("school"),
                in.text("sis_id"),
                in.text("name"),
                in.text("section_number"),
                in.text("period"),
                in.code(Subject.class, "subject"),
                in.code(Grade.class, "grade"),
                in.optId("course"),
                in.optId("term_id"),
                in.optId("teacher"),
                in.ids("teachers"),
                in.ids("students"));
    }

    private static List<CleverId> mapped(List<CleverId> userIds, TeacherIds teacherIds) {
        List<CleverId> out = new ArrayList<>(userIds.size());
        for (CleverId id : userIds) {
            out.add(teacherIds.legacyIdOf(id));
        }
        return out;
    }
}
