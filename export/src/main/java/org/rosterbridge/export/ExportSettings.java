package org.rosterbridge.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Every option of the export (the seed's Zap options plus where to read and write).
 *
 * @param source the SIS to read
 * @param out the output directory; a validated export replaces its files
 * @param sourceYear current or next school year
 * @param state whose status code lists to use
 * @param includeStaff the seed's Import Type: whether staff.csv is written
 * @param summerOnly Summer School Export Only: filters off, only summer schools, students and classes
 * @param blankAddresses Blank out addresses
 * @param summerFromCurrentYear Pull summer classes from current year instead of next year
 * @param alternateEmail Use Staff Alternate Email Address
 * @param filters the seed's filters
 * @param asOf the day end dates are compared with ("no end date or a future end date")
 * @param delivery where a validated export goes besides {@code out}
 */
public record ExportSettings(
        SisSource source,
        Path out,
        SourceYear sourceYear,
        StateCodes state,
        boolean includeStaff,
        boolean summerOnly,
        boolean blankAddresses,
        boolean summerFromCurrentYear,
        boolean alternateEmail,
        ExportFilters filters,
        LocalDate asOf,
        Delivery delivery) {

    public ExportSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(sourceYear, "sourceYear");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(delivery, "delivery");
    }

    /** Settings with every option off, the current year, codes from the district, as of {@code asOf}. */
    public static Builder builder(SisSource source, Path out, LocalDate asOf) {
        return new Builder(source, out, asOf);
    }

    public Builder toBuilder() {
        return new Builder(source, out, asOf)
                .sourceYear(sourceYear)
                .state(state)
                .includeStaff(includeStaff)
                .summerOnly(summerOnly)
                .blankAddresses(blankAddresses)
                .summerFromCurrentYear(summerFromCurrentYear)
                .alternateEmail(alternateEmail)
                .filters(filters)
                .delivery(delivery);
    }

    /** Builds settings option by option; not thread-safe. */
    public static final class Builder {
        private SisSource source;
        private Path out;
        private LocalDate asOf;
        private SourceYear sourceYear = SourceYear.CURRENT;
        private StateCodes state = StateCodes.DISTRICT;
        private boolean includeStaff;
        private boolean summerOnly;
        private boolean blankAddresses;
        private boolean summerFromCurrentYear;
        private boolean alternateEmail;
        private ExportFilters filters = ExportFilters.none();
        private Delivery delivery = new Delivery.Local();

        private Builder(SisSource source, Path out, LocalDate asOf) {
            this.source = source;
            this.out = out;
            this.asOf = asOf;
        }

        public Builder source(SisSource value) {
            source = value;
            return this;
        }

        public Builder out(Path value) {
            out = value;
            return this;
        }

        public Builder asOf(LocalDate value) {
            asOf = value;
            return this;
        }

        public Builder sourceYear(SourceYear value) {
            sourceYear = value;
            return this;
        }

        public Builder state(StateCodes value) {
            state = value;
            return this;
        }

        public Builder includeStaff(boolean value) {
            includeStaff = value;
            return this;
        }

        public Builder summerOnly(boolean value) {
            summerOnly = value;
            return this;
        }

        public Builder blankAddresses(boolean value) {
            blankAddresses = value;
            return this;
        }

        public Builder summerFromCurrentYear(boolean value) {
            summerFromCurrentYear = value;
            return this;
        }

        public Builder alternateEmail(boolean value) {
            alternateEmail = value;
            return this;
        }

        public Builder filters(ExportFilters value) {
            filters = value;
            return this;
        }

        public Builder delivery(Delivery value) {
            delivery = value;
            return this;
        }

        public ExportSettings build() {
            return new ExportSettings(
                    source,
                    out,
                    sourceYear,
                    state,
                    includeStaff,
                    summerOnly,
                    blankAddresses,
                    summerFromCurrentYear,
                    alternateEmail,
                    filters,
                    asOf,
                    delivery);
        }
    }
}
