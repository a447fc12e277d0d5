package org.rosterbridge.admin;

import java.util.List;

/** How a create-event request ended. */
sealed interface EventCreation {

    /** The event exists and its initial import is done. */
    record Created(Event event) implements EventCreation {}

    /** Nothing was created; every problem with the form is listed, by field. */
    record Rejected(List<FieldProblem> problems) implements EventCreation {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** One problem with one form field, and the rule it broke. */
    record FieldProblem(String field, String rule, String message) {}
}
