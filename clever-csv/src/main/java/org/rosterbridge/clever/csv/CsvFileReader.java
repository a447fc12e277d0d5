package org.rosterbridge.clever.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Reads one file record by record: UTF-8 with or without a BOM, any line ending, RFC 4180 quoting (all
 * FastCSV's); binds the header, assembles each record into a {@link Row} in canonical order, normalises
 * it, runs the row rules and hands it on. A file that stops being UTF-8 or CSV part way is reported and
 * read no further.
 */
final class CsvFileReader {

    /** What reading a file came to: data records read, and whether it was read to the end with its ids. */
    record Outcome(long rows, boolean whole) {}

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CleverFile file;
    private final Path path;
    private final Problems problems;
    private final ValueNormaliser normaliser;
    private final RowRules rules;
    private final Column[] columns;
    private long rows;
    private long lastLine = 1;

    CsvFileReader(CleverFile file, Path path, Problems problems, ValueNormaliser normaliser, RowRules rules) {
        this.file = file;
        this.path = path;
        this.problems = problems;
        this.normaliser = normaliser;
        this.rules = rules;
        this.columns = file.columns().toArray(Column[]::new);
    }

    Outcome read(Consumer<Row> sink) {
        try (CsvReader<CsvRecord> csv = csvReader()) {
            return records(csv.iterator(), sink);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw new CleverCsvException("cannot read " + path, e);
            }
            reportEncoding();
        } catch (CsvParseException e) {
            reportMalformed(e);
        } catch (IOException e) {
            throw new CleverCsvException("cannot read " + path, e);
        }
        return new Outcome(rows, false);
    }

    private CsvReader<CsvRecord> csvReader() throws IOException {
        return CsvReader.builder()
                .allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(utf8(Files.newInputStream(path)));
    }

    private Outcome records(Iterator<CsvRecord> records, Consumer<Row> sink) {
        if (!records.hasNext()) {
            reportNoRows(Rule.FILE_EMPTY, "is empty: no header row");
            return new Outcome(0, false);
        }
        CsvRecord header = records.next();
        Binding binding = HeaderBinder.bind(file, header.getFields(), header.getStartingLineNumber(), problems);
        RowContext row = new RowContext(binding, problems);
        String[] blank = new String[columns.length];
        Arrays.fill(blank, "");
        while (records.hasNext()) {
            CsvRecord record = records.next();
            rows++;
            lastLine = record.getStartingLineNumber();
            accept(record, binding, row, blank.clone(), sink);
        }
        if (rows == 0) {
            reportNoRows(Rule.FILE_HEADER_ONLY, "has a header but no rows");
        }
        return new Outcome(rows, hasIds(binding));
    }

    private void accept(CsvRecord record, Binding binding, RowContext row, String[] values, Consumer<Row> sink) {
        if (!fits(record, binding)) {
            return;
        }
        int extraTeacher = assemble(record, binding, values);
        row.start(record.getStartingLineNumber(), values);
        for (Column column : columns) {
            if (binding.has(column)) {
                values[column.ordinal()] = normaliser.normalise(column, values[column.ordinal()], row);
            }
        }
        if (extraTeacher > 0) {
            row.reportAt(Rule.SECTION_TOO_MANY_TEACHERS, extraTeacher, "lists more than 10 teachers; Clever takes 10");
        }
        rules.check(row);
        sink.accept(new Row(file, row.line(), Arrays.asList(values)));
    }

    /** Fills {@code values} from the record; returns the position of a non-empty Teacher_11_id+ cell, or 0. */
    private static int assemble(CsvRecord record, Binding binding, String[] values) {
        int extraTeacher = 0;
        for (int at = 0; at < binding.width(); at++) {
            int target = binding.target(at);
            if (target >= 0) {
                values[target] = record.getField(at).strip();
            } else if (target == Binding.EXTRA_TEACHER
                    && extraTeacher == 0
                    && !record.getField(at).isBlank()) {
                extraTeacher = at + 1;
            }
        }
        return extraTeacher;
    }

    /** Whether the record has as many fields as the header; trailing empty extra fields are tolerated. */
    private boolean fits(CsvRecord record, Binding binding) {
        int count = record.getFieldCount();
        if (count == binding.width() || count > binding.width() && emptyFrom(record, binding.width())) {
            return true;
        }
        problems.add(
                file,
                record.getStartingLineNumber(),
                0,
                Rule.ROW_FIELD_COUNT,
                "record has " + count + " fields but the header has " + binding.width() + "; record skipped");
        return false;
    }

    private static boolean emptyFrom(CsvRecord record, int position) {
        for (int at = position; at < record.getFieldCount(); at++) {
            if (!record.getField(at).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private boolean hasIds(Binding binding) {
        for (Column column : columns) {
            if (column.kind() == ColumnKind.ID && column.required() && !binding.has(column)) {
                return false;
            }
        }
        return true;
    }

    private void reportNoRows(Rule requiredRule, String what) {
        Rule rule = file.required() ? requiredRule : Rule.OPTIONAL_FILE_HEADER_ONLY;
        problems.add(file, 0, 0, rule, file.fileName() + " " + what);
    }

    private void reportEncoding() {
        try {
            EncodingLocator.Location at = EncodingLocator.locate(path);
            problems.add(
                    file,
                    at.line(),
                    0,
                    Rule.ENCODING_INVALID,
                    "not valid UTF-8 (byte offset " + at.offset() + "); the rest of the file was not read");
        } catch (IOException e) {
            throw new CleverCsvException("cannot read " + path, e);
        }
    }

    private void reportMalformed(CsvParseException e) {
        String message = String.valueOf(e.getMessage());
        String what = message.contains("Unclosed")
                ? "a quoted field is never closed"
                : message.contains("closing quote")
                        ? "text follows the closing quote of a field"
                        : "the record cannot be read as CSV";
        problems.add(file, lineOf(message), 0, Rule.CSV_MALFORMED, what + "; the rest of the file was not read");
    }

    /** FastCSV names the line in its message only: "... (record starting at line 7)". */
    private long lineOf(String message) {
        int at = message.lastIndexOf("line ");
        long line = 0;
        for (int i = at + 5; at >= 0 && i < message.length() && Character.isDigit(message.charAt(i)); i++) {
            line = line * 10 + (message.charAt(i) - '0');
        }
        return line > 0 ? line : lastLine + 1;
    }

    /** UTF-8 that fails on a malformed byte (rather than reading U+FFFD), without a leading BOM. */
    private static Reader utf8(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, BOM.length);
        byte[] start = in.readNBytes(BOM.length);
        if (!Arrays.equals(start, BOM)) {
            in.unread(start);
        }
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
