package org.rosterbridge.hub.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.AbstractSftpEventListenerAdapter;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.rosterbridge.hub.HubException;

/**
 * The district's SFTP server, as Clever runs one per district: one user with a password, jailed in the
 * upload directory (which is the data directory, so uploads land where the hub reads them), SFTP only (no
 * shell, no commands), and a host key kept across restarts so clients that pinned it keep trusting it.
 * Every write and close is reported, to restart the quiet period.
 */
public final class SftpServer implements AutoCloseable {
    private final SshServer server;

    private SftpServer(SshServer server) {
        this.server = server;
    }

    /**
     * Starts on {@code port} (0 for any free port).
     *
     * @param hostKey where the host key is kept (created on first start)
     * @param activity told about every write and close
     */
    public static SftpServer start(
            int port, Path uploadDirectory, Path hostKey, String user, String password, Runnable activity) {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("0.0.0.0");
        server.setPort(port);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
        server.setPasswordAuthenticator((name, given, session) -> name.equals(user) && same(given, password));
        server.setPublickeyAuthenticator((name, key, session) -> false);
        server.setKeyboardInteractiveAuthenticator(null);
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new Activity(activity));
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(uploadDirectory));
        try {
            Files.createDirectories(hostKey.getParent());
            server.start();
        } catch (IOException e) {
            throw new HubException("cannot serve SFTP on port " + port + ": " + e.getMessage(), e);
        }
        return new SftpServer(server);
    }

    public int port() {
        return server.getPort();
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the SFTP server", e);
        }
    }

    /** Reports writes and closes. */
    private static final class Activity extends AbstractSftpEventListenerAdapter {
        private final Runnable activity;

        Activity(Runnable activity) {
            this.activity = activity;
        }

        @Override
        public void written(
                ServerSession session,
                String remoteHandle,
                FileHandle localHandle,
                long offset,
                byte[] data,
                int dataOffset,
                int dataLen,
                Throwable thrown) {
            activity.run();
        }

        @Override
        public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
            activity.run();
        }
    }
}
