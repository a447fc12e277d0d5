package org.rosterbridge.clever.api;

import java.net.URI;

/**
 * Resolves request paths and the server's relative links ({@code /v3.0/users?starting_after=…}) against the
 * base URL, and refuses any link that would leave it: the bearer token goes only to the base URL's host.
 */
final class Links {

    private final URI base;
    private final String prefix;
    private final String versionPrefix;

    Links(URI base, ApiVersion version) {
        this.base = base;
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        this.prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.versionPrefix = prefix + "/" + version.path() + "/";
    }

    /** The absolute URI of {@code link}; {@link IllegalArgumentException} if it leaves the API. */
    URI resolve(String link) {
        URI target = URI.create(link);
        if (!target.isAbsolute()) {
            String path = target.getRawPath();
            if (!path.startsWith(prefix + "/")) {
                path = prefix + path;
            }
            target = base.resolve(path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
        }
        if (!base.getScheme().equalsIgnoreCase(target.getScheme())
                || !base.getHost().equalsIgnoreCase(target.getHost())
                || base.getPort() != target.getPort()
                || target.getRawPath() == null
                || !target.getRawPath().startsWith(versionPrefix)) {
            throw new IllegalArgumentException("link leaves the API: " + target.getRawPath());
        }
        return target;
    }

    /** The path and query of {@code uri} relative to the base, for messages. */
    String display(URI uri) {
        String path = uri.getRawPath().substring(prefix.length());
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
