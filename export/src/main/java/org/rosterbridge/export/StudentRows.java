package org.rosterbridge.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;

/** students.csv rows: one per selected guardian, or one without contact columns when none qualifies. */
final class StudentRows {
    private StudentRows() {}

    /** The rows of a student the selection took. */
    static List<Row> rows(SisStudent record, ExportContext context) {
        Row.Builder base = base(record, context);
        List<Guardian> guardians = GuardianRules.select(record.guardians());
        if (guardians.isEmpty()) {
            return List.of(base.build());
        }
        List<Row> rows = new ArrayList<>(guardians.size());
        for (Guardian guardian : guardians) {
            rows.add(contact(base, guardian).build());
        }
        return rows;
    }

    private static Row.Builder base(SisStudent record, ExportContext context) {
        Student student = record.student();
        LocalDate asOf = context.settings().asOf();
        Row.Builder row = Row.builder(CleverFile.STUDENTS)
                .set(
                        StudentColumn.SCHOOL_ID,
                        context.selection().studentSchool(student).orElse(""))
                .set(StudentColumn.STUDENT_ID, student.id())
                .set(StudentColumn.STUDENT_NUMBER, student.idNumber())
                .set(StudentColumn.STATE_ID, student.stateId())
                .set(StudentColumn.LAST_NAME, student.lastName())
                .set(StudentColumn.MIDDLE_NAME, student.middleName())
                .set(StudentColumn.FIRST_NAME, student.firstName())
                .set(StudentColumn.GRADE, GradeRule.display(context.selection().sourceGrade(student)))
                .set(StudentColumn.GENDER, StudentFieldRules.gender(student.gender()))
                .set(StudentColumn.GRADUATION_YEAR, student.graduationYear())
                .set(StudentColumn.DOB, student.dob())
                .set(StudentColumn.RACE, StudentFieldRules.race(student.race()))
                .set(StudentColumn.HISPANIC_LATINO, StudentFieldRules.yesNo(student.hispanic()))
                .set(StudentColumn.HOME_LANGUAGE, StudentFieldRules.language(student.language()))
                .set(StudentColumn.ELL_STATUS, StatusRules.ell(record.codes(StatusKind.STATUS), context.state(), asOf))
                .set(StudentColumn.FRL_STATUS, StatusRules.frl(record.codes(StatusKind.MEAL), context.state(), asOf))
                .set(
                        StudentColumn.IEP_STATUS,
                        StatusRules.iep(record.codes(StatusKind.SPECIAL_ED), context.state(), asOf))
                .set(StudentColumn.STUDENT_EMAIL, student.email())
                .set(StudentColumn.USERNAME, student.integrationId());
        return context.settings().blankAddresses() ? row : address(row, student.address());
    }

    /** {@code student-address}: left blank when the Blank out addresses option is on. */
    private static Row.Builder address(Row.Builder row, MailingAddress address) {
        return row.set(StudentColumn.STUDENT_STREET, StudentFieldRules.street(address))
                .set(StudentColumn.STUDENT_CITY, address.city())
                .set(StudentColumn.STUDENT_STATE, address.state())
                .set(StudentColumn.STUDENT_ZIP, address.zip());
    }

    /** {@code guardian-contact}, {@code guardian-phone}, {@code guardian-email}. */
    private static Row.Builder contact(Row.Builder base, Guardian guardian) {
        Person person = guardian.person();
        return base.set(StudentColumn.CONTACT_RELATIONSHIP, guardian.relationship())
                .set(StudentColumn.CONTACT_TYPE, "Guardian")
                .set(StudentColumn.CONTACT_NAME, GuardianRules.name(person))
                .set(StudentColumn.CONTACT_PHONE, GuardianRules.phone(person))
                .set(StudentColumn.CONTACT_EMAIL, GuardianRules.email(person))
                .set(StudentColumn.CONTACT_SIS_ID, person.id());
    }
}
