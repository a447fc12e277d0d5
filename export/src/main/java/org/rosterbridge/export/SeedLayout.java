package org.rosterbridge.export;

import java.util.List;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Column;

/**
 * The files as seed 004 lists them: Clever's canonical columns in Clever's order (the seed's order is the
 * same), with the one header the seed spells its own way.
 */
final class SeedLayout {
    static final String HISPANIC_HEADER = "Hispanic_latino";

    private SeedLayout() {}

    static List<String> headers(CleverFile file) {
        return file.columns().stream().map(SeedLayout::header).toList();
    }

    static String header(Column column) {
        return column.header().equals("Hispanic_Latino") ? HISPANIC_HEADER : column.header();
    }
}
