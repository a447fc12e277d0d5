package org.rosterbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.export.SisExport;
import org.rosterbridge.export.SyntheticSis;
import org.rosterbridge.hub.Hub;
import org.rosterbridge.hub.HubSettings;
import org.rosterbridge.hub.IngestResult;
import org.rosterbridge.hub.RunningHub;

/**
 * The SIS side into the Clever side: {@code rosterbridge export --sftp} uploads into the hub's own SFTP
 * server, the hub ingests the upload, and its Data API serves the exported students and sections.
 */
class ExportToHubTest {
    private static final String TOKEN = "district-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theHubServesTheDistrictTheExportDeliveredOverSftp() throws Exception {
        Path sis = dir.resolve("sis");
        SisExport.generate(new SyntheticSis(150, 3, sis));
        Path hubData = Files.createDirectories(dir.resolve("hub"));
        // A long quiet period: the test asks for the ingest itself instead of waiting for it.
        HubSettings settings = HubSettings.builder(hubData)
                .port(0)
                .token(TOKEN)
                .sftpPort(0)
                .quietPeriod(Duration.ofHours(1))
                .build();
        try (RunningHub hub = Hub.start(settings)) {
            StringWriter out = new StringWriter();
            int code = export(hub, sis, settings.stateDirectory().resolve("sftp-host-key"), out);
            assertThat(code).as(out.toString()).isZero();
            assertThat(out.toString()).contains("delivered to");

            assertThat(hub.ingestNow()).isInstanceOf(IngestResult.Published.class);

            Path exported = dir.resolve("out");
            Set<String> students = column(exported.resolve("students.csv"), 1);
            Set<String> sections = column(exported.resolve("sections.csv"), 1);
            List<JsonNode> servedStudents = walk(hub, "/v3.0/users?role=student");
            List<JsonNode> servedSections = walk(hub, "/v3.0/sections");
            Set<String> studentSisIds = new HashSet<>();
            servedStudents.forEach(u -> studentSisIds.add(
                    u.path("roles").path("student").path("sis_id").asText()));
            Set<String> sectionSisIds = new HashSet<>();
            servedSections.forEach(s -> sectionSisIds.add(s.path("sis_id").asText()));
            assertThat(students).hasSizeGreaterThan(100);
            assertThat(studentSisIds).isEqualTo(students);
            assertThat(sectionSisIds).isEqualTo(sections);
            assertThat(servedStudents).hasSize(students.size());
            assertThat(servedSections).hasSize(sections.size());
            assertThat(Files.list(hubData).map(p -> p.getFileName().toString()))
                    .as("no temporary upload names left behind")
                    .noneMatch(name -> name.endsWith(".rosterbridge-part"));
        }
    }

    private int export(RunningHub hub, Path sis, Path hostKey, StringWriter out) throws IOException {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), knownHostsLine(hub.sftpPort(), hostKey));
        Path password = Files.writeString(dir.resolve("sftp-password"), hub.sftpPassword() + "\n");
        return Main.run(
                new String[] {
                    "export",
                    "--sis",
                    sis.toString(),
                    "--out",
                    dir.resolve("out").toString(),
                    "--include-staff",
                    "--as-of",
                    "2027-03-01",
                    "--sftp",
                    "sftp://" + hub.sftpUser() + "@127.0.0.1:" + hub.sftpPort() + "/",
                    "--sftp-password-file",
                    password.toString(),
                    "--sftp-known-hosts",
                    knownHosts.toString()
                },
                new PrintWriter(out, true),
                new PrintWriter(out, true));
    }

    /** The hub's own host key, as an operator would put it into known_hosts after checking it. */
    private static String knownHostsLine(int port, Path hostKey) {
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(hostKey);
        KeyPair key = provider.loadKeys(null).iterator().next();
        return "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(key.getPublic()) + "\n";
    }

    /** The distinct values of one column of an exported file (header skipped, quotes removed). */
    private static Set<String> column(Path file, int index) throws IOException {
        Set<String> values = new HashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            values.add(line.split("\",\"", -1)[index].replace("\"", ""));
        }
        return values;
    }

    private List<JsonNode> walk(RunningHub hub, String path) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        while (!next.isEmpty()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port() + next))
                    .header("Authorization", "Bearer " + TOKEN)
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(next).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.path("data").forEach(item -> items.add(item.path("data")));
            next = "";
            for (JsonNode link : page.path("links")) {
                if (link.path("rel").asText().equals("next")) {
                    next = link.path("uri").asText();
                }
            }
        }
        return items;
    }
}
