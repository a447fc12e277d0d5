package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.generator.ChurnSettings;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;

/**
 * The parallel ingest (steps overlapping on several threads) makes exactly the snapshots and events of the
 * sequential one: a seeded district and a churned copy of it, ingested both ways, serve the same records
 * and the same events, id for id.
 */
class ParallelIngestTest {
    @TempDir
    static Path work;

    private static Served parallel;
    private static Served sequential;

    /** What one hub served after each of the two uploads. */
    private record Served(
            List<IngestResult> results,
            Map<String, Map<String, JsonNode>> firstV3,
            Map<String, Map<String, JsonNode>> secondV3,
            Map<String, Map<String, JsonNode>> secondV2,
            List<JsonNode> eventsV3,
            List<JsonNode> eventsV2) {}

    @BeforeAll
    static void ingestBothWays() throws Exception {
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        // Large enough that every handoff passes many batches, not one.
        DistrictGenerator.generate(new GeneratorSettings(2_500, 41), first);
        DistrictGenerator.churn(new ChurnSettings(first, 8, 42), second);
        parallel = ingest(work.resolve("parallel").resolve("district"), first, second, true);
        sequential = ingest(work.resolve("sequential").resolve("district"), first, second, false);
    }

    private static Served ingest(Path dir, Path first, Path second, boolean parallelIngest) throws Exception {
        Files.createDirectories(dir);
        copy(first, dir);
        ManualClock clock = ManualClock.at("2026-04-01T07:00:00Z");
        HubSettings settings = Hubs.settings(dir)
                .districtKey("same-district")
                .holdThresholds(100, 100)
                .clock(clock)
                .parallelIngest(parallelIngest)
                .build();
        try (RunningHub hub = Hub.start(settings)) {
            Http http = Http.of(hub);
            List<IngestResult> results = new ArrayList<>();
            Map<String, Map<String, JsonNode>> firstV3 = Replay.fetch(http, "v3.0", Replay.V3_TYPES);
            clock.advance(Duration.ofHours(1));
            copy(second, dir);
            results.add(hub.ingestNow());
            return new Served(
                    results,
                    firstV3,
                    Replay.fetch(http, "v3.0", Replay.V3_TYPES),
                    Replay.fetch(http, "v2.1", Replay.V2_TYPES),
                    Replay.events(http, "v3.0", ""),
                    Replay.events(http, "v2.1", ""));
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        for (CleverFile file : CleverFile.values()) {
            Path source = from.resolve(file.fileName());
            if (Files.exists(source)) {
                Files.copy(source, to.resolve(file.fileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void servesTheSameFirstSnapshot() {
        assertThat(parallel.firstV3().get("users")).hasSizeGreaterThan(2_500);
        assertThat(parallel.firstV3().get("sections")).isNotEmpty();
        assertThat(parallel.firstV3()).isEqualTo(sequential.firstV3());
    }

    @Test
    void reportsTheSameChanges() {
        assertThat(parallel.results()).allMatch(r -> r instanceof IngestResult.Published);
        assertThat(parallel.results()).isEqualTo(sequential.results());
    }

    @Test
    void servesTheSameSecondSnapshotInEveryVersion() {
        assertThat(parallel.secondV3()).isNotEqualTo(parallel.firstV3());
        assertThat(parallel.secondV3()).isEqualTo(sequential.secondV3());
        assertThat(parallel.secondV2()).isEqualTo(sequential.secondV2());
    }

    @Test
    void writesTheSameEventsInTheSameOrder() {
        assertThat(parallel.eventsV3()).hasSizeGreaterThan(100);
        assertThat(parallel.eventsV3()).isEqualTo(sequential.eventsV3());
        assertThat(parallel.eventsV2()).isEqualTo(sequential.eventsV2());
    }
}
