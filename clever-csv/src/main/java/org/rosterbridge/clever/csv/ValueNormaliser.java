package org.rosterbridge.clever.csv;

/**
 * Turns each value into the spelling Clever uses for its {@link ColumnKind}: dates to {@code YYYY-MM-DD},
 * known variants ({@code K}, {@code male}, {@code W}, ...) to Clever's word with a warning, values outside
 * Clever's list kept as written with a warning. The fast path (a value already spelled as Clever spells
 * it) allocates nothing.
 *
 * <p>Messages quote the value only in schools.csv and sections.csv; in the files about people they name
 * the column alone, since a gender, race or date of birth is personal data.
 */
final class ValueNormaliser {

    private final DateParser dates;
    private final Vocabulary[] byKind = new Vocabulary[ColumnKind.values().length];

    ValueNormaliser(DateParser dates) {
        this.dates = dates;
        for (ColumnKind kind : ColumnKind.values()) {
            byKind[kind.ordinal()] = Vocabulary.of(kind).orElse(null);
        }
    }

    /** {@code value} (already stripped) in Clever's spelling; problems go to {@code row}. */
    String normalise(Column column, String value, RowContext row) {
        if (value.isEmpty()) {
            return value;
        }
        if (column.kind() == ColumnKind.DATE) {
            return date(column, value, row);
        }
        Vocabulary vocabulary = byKind[column.kind().ordinal()];
        if (vocabulary == null || vocabulary.isCanonical(value)) {
            return value;
        }
        String known = column.kind() == ColumnKind.GRADE ? numericGrade(value) : "";
        if (known.isEmpty()) {
            known = vocabulary.variant(value);
        }
        if (known.isEmpty()) {
            row.report(
                    Rule.VALUE_UNKNOWN,
                    column,
                    spelled(column, value, row) + " is not in Clever's list; kept as written");
            return value;
        }
        row.report(Rule.VALUE_NORMALISED, column, respelled(column, value, known, row));
        return known;
    }

    private String date(Column column, String value, RowContext row) {
        int parsed = dates.parse(value);
        if (parsed == DateParser.UNPARSEABLE) {
            row.report(
                    Rule.DATE_UNPARSEABLE,
                    column,
                    spelled(column, value, row) + " is not a date in an accepted form (YYYY-MM-DD, M/D/YYYY, M/D/YY)");
            return value;
        }
        String canonical = DateParser.canonical(value) ? value : DateParser.format(parsed);
        if ((parsed & DateParser.TWO_DIGIT_YEAR) != 0) {
            String read = quotable(row)
                    ? respelled(column, value, canonical, row)
                    : column.header() + " has a two-digit year; century chosen as documented in csv-format.md";
            row.report(Rule.DATE_TWO_DIGIT_YEAR, column, read);
        }
        return canonical;
    }

    /** {@code 0} and numbers with leading zeros up to 13; {@code ""} for anything else. */
    private static String numericGrade(String value) {
        if (value.length() > 3) {
            return "";
        }
        int number = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return "";
            }
            number = number * 10 + (c - '0');
        }
        if (number > 13) {
            return "";
        }
        return number == 0 ? "Kindergarten" : Integer.toString(number);
    }

    private static String spelled(Column column, String value, RowContext row) {
        return quotable(row) ? column.header() + " " + RowContext.quoted(value) : column.header();
    }

    private static String respelled(Column column, String value, String canonical, RowContext row) {
        return quotable(row)
                ? column.header() + " " + RowContext.quoted(value) + " read as " + RowContext.quoted(canonical)
                : column.header() + " is spelled differently from Clever's list; read as Clever's spelling";
    }

    private static boolean quotable(RowContext row) {
        return row.file() == CleverFile.SCHOOLS || row.file() == CleverFile.SECTIONS;
    }
}
