package org.rosterbridge.sync;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Loads records an app had before Clever, without Clever ids, so the first sync can match them. The CSV
 * (header row required, UTF-8) has columns {@code type} (district, school, student, teacher, staff,
 * district_admin, contact), {@code district} (the district's name), and as far as known {@code sis_id},
 * {@code number} (MDR number, school number, student or teacher number), {@code state_id}, {@code name}
 * (district or school), {@code first_name}, {@code last_name}, {@code email}, {@code phone} and, for
 * contacts, {@code student_sis_id} (the student whose household the contact belongs to).
 */
final class LocalImport {

    static final List<String> TYPES =
            List.of("district", "school", "student", "teacher", "staff", "district_admin", "contact");

    private final Handle handle;
    private final Instant now;
    private final Map<String, Long> districts = new HashMap<>();

    LocalImport(Handle handle, Instant now) {
        this.handle = handle;
        this.now = now;
    }

    int load(Path csv) {
        int count = 0;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord record : reader) {
                insert(record);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private void insert(NamedCsvRecord r) {
        String type = get(r, "type").toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new SyncException(r.getStartingLineNumber() + ": type must be one of " + TYPES + ", was " + type);
        }
        long district = district(get(r, "district"), type.equals("district") ? r : null);
        if (type.equals("school")) {
            handle.createUpdate(
                            "insert into schools (district_id, name, sis_id, school_number, state_id, first_seen_at, last_seen_at)"
                                    + " values (:d, :name, :sis, :number, :state, :now, :now)")
                    .bind("d", district)
                    .bind("name", get(r, "name"))
                    .bind("sis", get(r, "sis_id"))
                    .bind("number", get(r, "number"))
                    .bind("state", get(r, "state_id"))
                    .bind("now", Values.at(now))
                    .execute();
        } else if (!type.equals("district")) {
            user(r, type, district);
        }
    }

    private void user(NamedCsvRecord r, String role, long district) {
        long id = handle.createUpdate(
                        "insert into users (district_id, roles, name_first, name_last, email, sis_id, first_seen_at,"
                                + " last_seen_at) values (:d, :role, :first, :last, :email, :sis, :now, :now)")
                .bind("d", district)
                .bind("role", role)
                .bind("first", get(r, "first_name"))
                .bind("last", get(r, "last_name"))
                .bind("email", get(r, "email"))
                .bind("sis", get(r, "sis_id"))
                .bind("now", Values.at(now))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        handle.createUpdate(
                        "insert into user_roles (user_id, role, sis_id, number, state_id, phone) values (:u, :role, :sis, :number, :state, :phone)")
                .bind("u", id)
                .bind("role", role)
                .bind("sis", get(r, "sis_id"))
                .bind("number", get(r, "number"))
                .bind("state", get(r, "state_id"))
                .bind("phone", get(r, "phone"))
                .execute();
        String student = get(r, "student_sis_id");
        if (role.equals("contact") && !student.isEmpty()) {
            handle.createQuery("select id from users where district_id = :d and roles = 'student' and sis_id = :s")
                    .bind("d", district)
                    .bind("s", student)
                    .mapTo(Long.class)
                    .forEach(s -> handle.createUpdate(
                                    "insert into contact_students (contact_id, student_id, relationship, type)"
                                            + " values (:c, :s, '', '')")
                            .bind("c", id)
                            .bind("s", s.longValue())
                            .execute());
        }
    }

    private long district(String name, NamedCsvRecord row) {
        Long known = districts.get(name);
        if (known != null) {
            return known;
        }
        Optional<Long> existing = handle.createQuery("select id from districts where name = :n and clever_id is null")
                .bind("n", name)
                .mapTo(Long.class)
                .findFirst();
        long id = existing.orElseGet(
                () -> handle.createUpdate("insert into districts (name, mdr_number, local_sis_id, first_seen_at,"
                                + " last_seen_at) values (:n, :mdr, :sis, :now, :now)")
                        .bind("n", name)
                        .bind("mdr", row == null ? "" : get(row, "number"))
                        .bind("sis", row == null ? "" : get(row, "sis_id"))
                        .bind("now", Values.at(now))
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
        districts.put(name, id);
        return id;
    }

    private static String get(NamedCsvRecord r, String column) {
        return r.findField(column).orElse("").trim();
    }
}
