/** Helpers for tests only: golden files, temporary districts, a manual clock. */
package org.rosterbridge.testkit;
