/**
 * From one upload's rows to the objects Clever would serve for them: terms, courses, merged teacher/staff
 * users, contacts, primary schools, enrolment spans, section names, the district.
 *
 * <p>Why a separate step: Clever derives these itself, and an app's importer relies on exactly those
 * rules, so they live in one place that can be tested without a server. The deriver is the CSV reader's
 * sink, so an upload is read once; bulky rows wait in work files on disk and everything else is numbered,
 * which keeps an XL upload within the heap while the whole district is needed to decide, say, a student's
 * primary school.
 */
package org.rosterbridge.hub.derive;
