package org.rosterbridge.export;

/** The six kinds of dated student codes, each read from its own table and filtered by its own option. */
enum StatusKind {
    STATUS(SisTable.STUDENT_STATUSES),
    SPECIAL_ED(SisTable.SPECIAL_ED_STATUSES),
    MEAL(SisTable.MEAL_STATUSES),
    FUNDING(SisTable.FUNDING_SOURCES),
    PROGRAM(SisTable.PROGRAM_SERVICES),
    GROUP(SisTable.STUDENT_GROUPS);

    private final SisTable table;

    StatusKind(SisTable table) {
        this.table = table;
    }

    SisTable table() {
        return table;
    }
}
