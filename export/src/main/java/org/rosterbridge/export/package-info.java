/** The SIS side: an SIS model, the seed-004 business rules, Clever CSV export, pre-flight and SFTP delivery. */
package org.rosterbridge.export;
