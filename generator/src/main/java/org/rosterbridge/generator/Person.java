package org.rosterbridge.generator;

/** A generated person's name; {@code middle} is empty when absent. */
record Person(String first, String middle, String last) {

    /** A different person who keeps this one's last name, as a sibling does. */
    Person withLast(String newLast) {
        return new Person(first, middle, newLast);
    }

    String full() {
        return first + " " + last;
    }
}
