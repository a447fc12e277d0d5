/**
 * The composition root: the {@code rosterbridge} command line. Every command lives here and wires the
 * modules' facades together; no other module has a {@code main}.
 */
package org.rosterbridge.cli;
