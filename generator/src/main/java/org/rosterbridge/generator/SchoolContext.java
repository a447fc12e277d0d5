package org.rosterbridge.generator;

/** Per-school values every student row repeats, computed once per school rather than once per row. */
record SchoolContext(int school, String id, String town, String state, String zip) {

    static SchoolContext of(DistrictPlan plan, int school) {
        return new SchoolContext(
                school,
                SchoolRows.id(school),
                Places.town(plan.seed, school),
                Places.state(plan.seed),
                Places.zip(plan.seed, school));
    }
}
