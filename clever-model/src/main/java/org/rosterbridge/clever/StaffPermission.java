package org.rosterbridge.clever;

/** The Clever permission a staff member holds (roles.staff.roles). */
public enum StaffPermission implements CleverCode {
    PORTAL_ONLY("PortalOnly"),
    SCHOOL_TECH_LEAD("SchoolTechLead");

    private final String wire;

    StaffPermission(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
