package org.rosterbridge.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Loads the small tables (district, schools, staff) whole; the student tables are streamed elsewhere. */
final class SisLoader {
    private final SisReader reader;
    private final Problems problems;

    SisLoader(SisReader reader, Problems problems) {
        this.reader = reader;
        this.problems = problems;
    }

    void each(SisTable table, Consumer<SisRow> action) {
        try (TableCursor cursor = reader.open(table)) {
            while (cursor.advance()) {
                action.accept(cursor.row());
            }
        }
    }

    District district() {
        List<District> found = new ArrayList<>();
        each(
                SisTable.DISTRICT,
                row -> found.add(new District(
                        row.text("district_id"),
                        row.text("name"),
                        row.text("state"),
                        row.text("beds_code"),
                        row.integer("current_year", 0))));
        if (found.size() != 1) {
            throw new ExportException("district.csv must hold exactly one district, not " + found.size());
        }
        return found.get(0);
    }

    /** Schools by id, in id order. */
    Map<String, School> schools() {
        Map<String, List<GradeLevel>> grades = new HashMap<>();
        each(
                SisTable.SCHOOL_GRADES,
                row -> grades.computeIfAbsent(row.text("school_id"), id -> new ArrayList<>())
                        .add(new GradeLevel(row.text("grade"), row.integer("sort_order", Integer.MAX_VALUE))));
        Map<String, School> schools = new TreeMap<>();
        each(SisTable.SCHOOLS, row -> {
            String id = row.text("school_id");
            School school = new School(
                    id,
                    row.text("name"),
                    row.text("type"),
                    row.text("beds_code"),
                    row.flag("summer_school"),
                    row.text("contact_name"),
                    row.text("street_number"),
                    row.text("street_name"),
                    row.text("city"),
                    row.text("state"),
                    row.text("zip"),
                    row.text("phone"),
                    grades.getOrDefault(id, List.of()));
            if (schools.put(id, school) != null) {
                problems.error(row.where("school_id"), "extract-duplicate", "school " + id + " appears twice");
            }
        });
        return schools;
    }

    /** Staff by id, in id order, with their types and schools. */
    Map<String, Staff> staff() {
        Map<String, Set<String>> types = new HashMap<>();
        each(
                SisTable.STAFF_TYPES,
                row -> types.computeIfAbsent(row.text("staff_id"), id -> new HashSet<>())
                        .add(row.text("type")));
        Map<String, List<String>> schools = new HashMap<>();
        each(
                SisTable.STAFF_SCHOOLS,
                row -> schools.computeIfAbsent(row.text("staff_id"), id -> new ArrayList<>())
                        .add(row.text("school_id")));
        Map<String, Staff> staff = new TreeMap<>();
        each(SisTable.STAFF, row -> {
            Staff record = staffRecord(row, types, schools);
            if (staff.put(record.id(), record) != null) {
                problems.error(row.where("staff_id"), "extract-duplicate", "staff " + record.id() + " appears twice");
            }
        });
        return staff;
    }

    private static Staff staffRecord(SisRow row, Map<String, Set<String>> types, Map<String, List<String>> schools) {
        String id = row.text("staff_id");
        return new Staff(
                id,
                row.flag("active"),
                row.text("first_name"),
                row.text("middle_name"),
                row.text("last_name"),
                row.text("state_id"),
                row.text("email"),
                row.text("alternate_email"),
                row.text("integration_id"),
                row.text("department"),
                row.text("username"),
                types.getOrDefault(id, Set.of()),
                schools.getOrDefault(id, List.of()));
    }

    /** The primary staff id of each user account. */
    Map<String, String> primaryUsers() {
        Map<String, String> primary = new HashMap<>();
        each(SisTable.USER_ACCOUNTS, row -> primary.put(row.text("username"), row.text("primary_staff_id")));
        return primary;
    }
}
