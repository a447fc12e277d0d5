package org.rosterbridge.hub.store;

import org.rosterbridge.hub.compact.Relation;

/** The relations between a snapshot's records, by table position. Immutable once built. */
final class Links {
    static final Links EMPTY = new Links(
            new int[0],
            new int[0],
            new int[0],
            Relation.EMPTY,
            Relation.EMPTY,
            Relation.EMPTY,
            Relation.EMPTY,
            Relation.EMPTY,
            Relation.EMPTY,
            Relation.EMPTY,
            Relation.EMPTY,
            Relation.EMPTY,
            Relation.EMPTY,
            SchoolUsers.EMPTY);

    final int[] sectionSchool;
    final int[] sectionTerm;
    final int[] sectionCourse;
    final Relation sectionStudents;
    final Relation sectionTeachers;
    final Relation userSections;
    final Relation schoolSections;
    final Relation termSections;
    final Relation courseSections;
    final Relation contactStudents;
    final Relation studentContacts;
    final Relation userSchools;
    final Relation userPrimarySchools;
    final SchoolUsers schoolUsers;

    Links(
            int[] sectionSchool,
            int[] sectionTerm,
            int[] sectionCourse,
            Relation sectionStudents,
            Relation sectionTeachers,
            Relation userSections,
            Relation schoolSections,
            Relation termSections,
            Relation courseSections,
            Relation contactStudents,
            Relation studentContacts,
            Relation userSchools,
            Relation userPrimarySchools,
            SchoolUsers schoolUsers) {
        this.sectionSchool = sectionSchool;
        this.sectionTerm = sectionTerm;
        this.sectionCourse = sectionCourse;
        this.sectionStudents = sectionStudents;
        this.sectionTeachers = sectionTeachers;
        this.userSections = userSections;
        this.schoolSections = schoolSections;
        this.termSections = termSections;
        this.courseSections = courseSections;
        this.contactStudents = contactStudents;
        this.studentContacts = studentContacts;
        this.userSchools = userSchools;
        this.userPrimarySchools = userPrimarySchools;
        this.schoolUsers = schoolUsers;
    }
}
