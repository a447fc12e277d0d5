/** Helpers for tests only: golden files, temporary districts, a manual clock, responses checked against Clever's OpenAPI definitions. */
package org.rosterbridge.testkit;
