package org.rosterbridge.clever;

/**
 * A person in a district, with one or more roles. Students and contacts are users of their own; a teacher,
 * staff member and district admin with one e-mail address are one user with several roles.
 *
 * @param email not verified or normalised by Clever; may be empty or lack an {@code @}
 */
public record User(CleverId id, CleverId district, Name name, String email, Roles roles) implements CleverObject {

    public boolean has(Role role) {
        return roles.held().contains(role);
    }
}
