package org.rosterbridge.export;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Where a validated export goes besides the output directory. */
public sealed interface Delivery {

    /** Only the output directory. */
    record Local() implements Delivery {}

    /**
     * An SFTP upload: every file under a temporary name first, then renamed, so the server never sees half
     * an export.
     *
     * @param uri {@code sftp://user@host:port/path}
     * @param password never printed: {@link #toString()} masks it
     * @param knownHosts an OpenSSH known_hosts file holding the server's host key
     * @param attempts how many times a failed upload is tried in all (at least 1)
     * @param backoff the wait before the second attempt, doubled for each further one
     */
    record Sftp(URI uri, String password, Path knownHosts, int attempts, Duration backoff) implements Delivery {
        public Sftp {
            if (!"sftp".equals(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() == null) {
                throw new ExportException(
                        "--sftp must look like sftp://user@host:port/path, not " + uri.getScheme() + "://...");
            }
            if (attempts < 1) {
                throw new ExportException("SFTP attempts must be at least 1");
            }
        }

        @Override
        public String toString() {
            return "Sftp[uri=" + uri + ", password=***, knownHosts=" + knownHosts + ", attempts=" + attempts + "]";
        }
    }
}
