package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** An SFTP upload end to end: a real client uploads, the quiet period passes, the API serves it. */
class SftpTest {
    @TempDir
    Path dir;

    @TempDir
    Path source;

    private HubSettings settings() {
        return Hubs.settings(dir)
                .sftpPort(0)
                .sftpUser("springfield")
                .sftpPassword("s3cret")
                .quietPeriod(Duration.ofSeconds(1))
                .build();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }

    private static PublicKey upload(int port, String password, Path files) throws Exception {
        AtomicReference<PublicKey> hostKey = new AtomicReference<>();
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier((session, address, key) -> {
                hostKey.set(key);
                return true;
            });
            client.start();
            try (ClientSession session = client.connect("springfield", "localhost", port)
                    .verify(Duration.ofSeconds(30))
                    .getSession()) {
                session.addPasswordIdentity(password);
                session.auth().verify(Duration.ofSeconds(30));
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                    for (CleverFile file : CleverFile.values()) {
                        try (OutputStream out = sftp.write(file.fileName())) {
                            out.write(Files.readAllBytes(files.resolve(file.fileName())));
                        }
                    }
                }
            }
        }
        return hostKey.get();
    }

    @Test
    void servesAnUploadTheQuietPeriodAfterItsLastWrite() throws Exception {
        Fixture.district().writeTo(source);
        try (RunningHub hub = Hub.start(settings())) {
            Http http = Http.of(hub);
            assertThat(hub.status().servedSnapshot()).isZero();
            upload(hub.sftpPort(), "s3cret", source);
            await(() -> hub.status().servedSnapshot() == 1);
            assertThat(Hubs.walk(http, "/v3.0/users?role=student")).hasSize(5);
            assertThat(Files.readString(dir.resolve("schools.csv"), StandardCharsets.UTF_8))
                    .contains("North Elementary");
        }
    }

    @Test
    void processesTheNextUploadAndKeepsItsHostKey() throws Exception {
        Fixture.district().writeTo(source);
        PublicKey first;
        try (RunningHub hub = Hub.start(settings())) {
            first = upload(hub.sftpPort(), "s3cret", source);
            await(() -> hub.status().servedSnapshot() == 1);
        }
        Fixture.district()
                .plus(CleverFile.STUDENTS, "SCH3,S7,Moe,Mo,9,M,2010-01-01,,,,,,,")
                .writeTo(source);
        try (RunningHub hub = Hub.start(settings())) {
            assertThat(hub.status().servedSnapshot()).isEqualTo(1);
            PublicKey second = upload(hub.sftpPort(), "s3cret", source);
            assertThat(second).isEqualTo(first);
            await(() -> hub.status().servedSnapshot() == 2);
            assertThat(Hubs.walk(Http.of(hub), "/v3.0/users?role=student")).hasSize(6);
        }
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        Fixture.district().writeTo(source);
        try (RunningHub hub = Hub.start(settings())) {
            try {
                upload(hub.sftpPort(), "wrong", source);
                throw new AssertionError("a wrong password was accepted");
            } catch (org.apache.sshd.common.SshException expected) {
                assertThat(expected.getMessage()).isNotEmpty();
            }
            assertThat(Files.exists(dir.resolve("schools.csv"))).isFalse();
        }
    }
}
