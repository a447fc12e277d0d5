/** The Clever JSON wire contract: codec for every API version, envelopes, paging, events; a small client with retry. */
package org.rosterbridge.clever.api;
