package org.rosterbridge.admin;

/** The rows the data browser shows. Ids go into URLs; names only into the page text. */
final class BrowseRows {

    private BrowseRows() {}

    /** A term and how many sections it has in the scope. */
    record TermRow(long id, String cleverId, String name, String startDate, String endDate, long sections) {}

    record SectionRow(
            long id,
            String cleverId,
            String name,
            String sisId,
            String school,
            String term,
            String period,
            long students,
            long teachers) {}

    record PersonRow(long id, String cleverId, String sisId, String firstName, String lastName, String grade) {}
}
