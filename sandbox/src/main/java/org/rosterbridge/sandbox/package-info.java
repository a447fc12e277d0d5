/**
 * A local Clever sandbox district for clients: generates a district, serves it with the hub in-process and
 * hands out only its base URL and token. Nothing of the hub leaks through, so a client meets it over HTTP
 * exactly as it would api.clever.com.
 */
package org.rosterbridge.sandbox;
