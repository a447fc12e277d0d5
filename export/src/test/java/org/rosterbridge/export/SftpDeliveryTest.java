package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery to a real SFTP server (Apache MINA SSHD on port 0, password auth, a jailed root). */
class SftpDeliveryTest {

    @TempDir
    Path dir;

    private SshServer server;
    private Path root;
    private Path knownHosts;

    @BeforeEach
    void startServer() throws IOException {
        root = Files.createDirectories(dir.resolve("server-root"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(dir.resolve("host.ser"));
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator(
                (user, password, session) -> user.equals("district") && password.equals("s3cret"));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        knownHosts = dir.resolve("known_hosts");
        KeyPair key = keys.loadKeys(null).iterator().next();
        Files.writeString(
                knownHosts, "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(key.getPublic()) + "\n");
        assertThat(KeyPairProvider.class).isNotNull();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.stop(true);
    }

    private Delivery.Sftp target(String password, int attempts) {
        URI uri = URI.create("sftp://district@127.0.0.1:" + server.getPort() + "/");
        return new Delivery.Sftp(uri, password, knownHosts, attempts, Duration.ZERO);
    }

    private static List<String> listing(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void uploadsEveryFileUnderItsRealName() throws IOException {
        FixtureSis.Exported out = SmallDistrict.build()
                .export(dir.resolve("run"), b -> b.includeStaff(true).delivery(target("s3cret", 2)));
        assertThat(out.report().delivered()).isTrue();
        assertThat(listing(root))
                .containsExactly(
                        "enrollments.csv", "schools.csv", "sections.csv", "staff.csv", "students.csv", "teachers.csv");
        assertThat(Files.readAllBytes(root.resolve("students.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("run/out/students.csv")));

        FixtureSis.Exported again =
                SmallDistrict.build().export(dir.resolve("run"), b -> b.delivery(target("s3cret", 1)));
        assertThat(again.report().delivered())
                .as("a second upload replaces the files")
                .isTrue();
        assertThat(listing(root)).doesNotContain(".students.csv.rosterbridge-part");
    }

    @Test
    void aFailedUploadDeliversNothing() throws IOException {
        FixtureSis.Exported out = SmallDistrict.build().export(dir.resolve("run"), b -> b.delivery(target("wrong", 2)));
        assertThat(out.report().delivered()).isFalse();
        assertThat(out.report().problems())
                .singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo("delivery-sftp"))
                .satisfies(p ->
                        assertThat(p.message()).contains("after 2 attempts").doesNotContain("wrong"));
        assertThat(listing(root)).isEmpty();
        assertThat(listing(dir.resolve("run/out"))).as("nor locally").isEmpty();
    }

    @Test
    void refusesAServerWhoseKeyIsNotKnown() throws IOException {
        Files.writeString(knownHosts, "");
        FixtureSis.Exported out =
                SmallDistrict.build().export(dir.resolve("run"), b -> b.delivery(target("s3cret", 1)));
        assertThat(out.report().delivered()).isFalse();
        assertThat(listing(root)).isEmpty();
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(target("s3cret", 1)).asString().doesNotContain("s3cret");
    }
}
