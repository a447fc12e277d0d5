package org.rosterbridge.sync;

/** The Clever Data API over HTTP, through clever-api's client, for one district token and API version. */
final class ClientUpstream {

    private ClientUpstream() {}

    static Upstream open(SyncRequest request, int pageSize) {
        throw new SyncException("the Clever API client is not wired in yet ("
                + request.version().wire() + ", page " + pageSize + ")");
    }
}
