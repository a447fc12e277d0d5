package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** The same SIS read from an H2 database with plain JDBC gives byte-identical files. */
class JdbcSourceTest {

    @TempDir
    Path dir;

    /** Loads every table of the extract into the database, in shuffled row order for the student tables. */
    static void load(Path extract, Connection db) throws SQLException, IOException {
        for (SisTable table : SisTable.values()) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE " + table.tableName() + " ("
                        + String.join(
                                ", ",
                                table.columns().stream()
                                        .map(c -> c + " VARCHAR(200)")
                                        .toList()) + ")");
            }
            String insert = "INSERT INTO " + table.tableName() + " VALUES ("
                    + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
            try (PreparedStatement ps = db.prepareStatement(insert);
                    CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(extract.resolve(table.fileName()))) {
                Iterator<CsvRecord> records = reader.iterator();
                records.next();
                List<CsvRecord> rows = new java.util.ArrayList<>();
                records.forEachRemaining(rows::add);
                Collections.shuffle(rows, new java.util.Random(1));
                for (CsvRecord row : rows) {
                    for (int i = 0; i < row.getFieldCount(); i++) {
                        ps.setString(i + 1, row.getField(i).isEmpty() && i > 0 ? null : row.getField(i));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    @Test
    void readsTheSameFromJdbcAsFromCsv() throws Exception {
        Path extract =
                SisExport.generate(new SyntheticSis(600, 5, dir.resolve("sis"))).out();
        String url = "jdbc:h2:mem:sis" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            load(extract, db);
            ExportSettings csv = ExportSettings.builder(
                            new SisSource.CsvExtract(extract), dir.resolve("from-csv"), Fixtures.AS_OF)
                    .includeStaff(true)
                    .build();
            ExportSettings jdbc = csv.toBuilder()
                    .source(new SisSource.Jdbc(url, "sa", ""))
                    .out(dir.resolve("from-jdbc"))
                    .build();
            SisExport exporter = SisExport.withValidator(FixtureSis.ACCEPT_ALL);
            assertThat(exporter.export(csv).delivered()).isTrue();
            assertThat(exporter.export(jdbc).delivered()).isTrue();
        }
        for (CleverFile file : CleverFile.values()) {
            assertThat(Files.readAllBytes(dir.resolve("from-jdbc").resolve(file.fileName())))
                    .as(file.fileName())
                    .isEqualTo(Files.readAllBytes(dir.resolve("from-csv").resolve(file.fileName())));
        }
    }

    @Test
    void jdbcSourceNeverPrintsItsPassword() {
        assertThat(new SisSource.Jdbc("jdbc:h2:mem:x", "sa", "s3cret"))
                .asString()
                .doesNotContain("s3cret");
        assertThat(SisSource.parse("jdbc:h2:mem:x", "sa", "s3cret")).isInstanceOf(SisSource.Jdbc.class);
        assertThat(SisSource.parse("some/dir", "", "")).isInstanceOf(SisSource.CsvExtract.class);
    }
}
