package org.rosterbridge.generator;

/**
 * Independent random streams. Each kind of draw has its own stream so that adding a draw to one kind
 * never shifts the values of another. Append new constants at the end: the ordinal is part of the seed.
 */
enum Stream {
    SCHOOL,
    SCHOOL_ROW,
    ADDRESS,
    STAFF_PERSON,
    TEACHER,
    TEACHER_PERSON,
    STAFF,
    STUDENT,
    STUDENT_ROW,
    STUDENT_NAME,
    SIBLING,
    FAMILY,
    CONTACT,
    SECTION,
    SECTION_GRADE,
    ENROLLMENT,
    CROSS_SCHOOL,
    CHURN_DROP,
    CHURN_MOVE,
    CHURN_EDIT,
    CHURN_ADD,
    CHURN_SECTION_MOVE,
    CHURN_CONTACT,
    CHURN_VALUE,
    CHURN_REAPPEAR,
    CHURN_PICK
}
