package org.rosterbridge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;

/**
 * Uploads an export over SFTP without ever leaving half of it under the real names: every file goes up under
 * a temporary name, and only when all are up are they renamed. A failed attempt is cleaned up and retried,
 * a bounded number of times. The server's host key must be in the known_hosts file.
 */
final class SftpUploader {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int BUFFER = 256 * 1024;
    private static final String PART = ".rosterbridge-part";

    private final Delivery.Sftp target;

    SftpUploader(Delivery.Sftp target) {
        this.target = target;
    }

    /** Uploads {@code files}; throws {@link ExportException} when every attempt failed. */
    void upload(List<Path> files) {
        IOException last = null;
        for (int attempt = 1; attempt <= target.attempts(); attempt++) {
            try {
                attempt(files);
                return;
            } catch (IOException e) {
                last = e;
                pause(attempt);
            }
        }
        throw new ExportException(
                "SFTP upload to " + host() + " failed after " + target.attempts() + " attempts: "
                        + (last == null ? "" : last.getMessage()),
                last);
    }

    private void attempt(List<Path> files) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(
                new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, target.knownHosts()));
        client.start();
        try (ClientSession session = client.connect(user(), target.uri().getHost(), port())
                .verify(TIMEOUT)
                .getSession()) {
            session.addPasswordIdentity(target.password());
            session.auth().verify(TIMEOUT);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                transfer(sftp, files);
            }
        } finally {
            client.stop();
        }
    }

    private void transfer(SftpClient sftp, List<Path> files) throws IOException {
        try {
            for (Path file : files) {
                try (OutputStream out = sftp.write(remote(temporary(file)), BUFFER)) {
                    Files.copy(file, out);
                }
            }
        } catch (IOException e) {
            cleanUp(sftp, files);
            throw e;
        }
        for (Path file : files) {
            rename(sftp, remote(temporary(file)), remote(file.getFileName().toString()));
        }
    }

    private static void rename(SftpClient sftp, String from, String to) throws IOException {
        OpenSSHPosixRenameExtension posix = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        if (posix != null && posix.isSupported()) {
            posix.posixRename(from, to);
            return;
        }
        // Plain SFTP v3 cannot rename onto an existing file; the old file goes first.
        try {
            sftp.remove(to);
        } catch (IOException absent) {
            // nothing to replace
        }
        sftp.rename(from, to);
    }

    private void cleanUp(SftpClient sftp, List<Path> files) {
        for (Path file : files) {
            try {
                sftp.remove(remote(temporary(file)));
            } catch (IOException ignored) {
                // the temporary file was never created, or the connection is gone
            }
        }
    }

    private static String temporary(Path file) {
        return "." + file.getFileName() + PART;
    }

    private String remote(String name) {
        String path = target.uri().getPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return name;
        }
        return (path.endsWith("/") ? path : path + "/") + name;
    }

    private void pause(int attempt) {
        if (attempt >= target.attempts() || target.backoff().isZero()) {
            return;
        }
        try {
            Thread.sleep(target.backoff()
                    .multipliedBy(1L << Math.min(attempt - 1, 10))
                    .toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("SFTP upload interrupted", e);
        }
    }

    private String user() {
        return target.uri().getUserInfo();
    }

    private int port() {
        return target.uri().getPort() < 0 ? 22 : target.uri().getPort();
    }

    private String host() {
        return target.uri().getHost() + ":" + port();
    }
}
