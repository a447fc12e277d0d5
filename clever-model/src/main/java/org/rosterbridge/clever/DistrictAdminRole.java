package org.rosterbridge.clever;

/** A user's district admin role: district-wide, no schools. Managed in Clever's dashboard, never in CSV. */
public record DistrictAdminRole(CleverId legacyId, String title) {}
