package org.rosterbridge.clever;

/**
 * A school of a district.
 *
 * @param sisId the SIS school id ({@code School_id} in the files)
 * @param schoolNumber the district's or county's school code
 */
public record School(
        CleverId id,
        CleverId district,
        String name,
        String sisId,
        String schoolNumber,
        String stateId,
        String ncesId,
        String mdrNumber,
        String phone,
        Coded<Grade> lowGrade,
        Coded<Grade> highGrade,
        Principal principal,
        Location location)
        implements CleverObject {

    /** A school's principal as the SIS names them; either part may be empty. */
    public record Principal(String name, String email) {
        public static final Principal EMPTY = new Principal("", "");
    }
}
