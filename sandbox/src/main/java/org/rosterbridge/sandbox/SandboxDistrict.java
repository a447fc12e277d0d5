package org.rosterbridge.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rosterbridge.hub.IngestResult;
import org.rosterbridge.hub.RunningHub;

/**
 * A running sandbox district: where it is, its token, a way to serve its next snapshot, and faults to
 * inject into the next responses whose path contains a given text. Close it to stop it.
 */
public final class SandboxDistrict implements AutoCloseable {

    private final RunningHub hub;
    private final Path data;
    private final SandboxSettings settings;
    private final FaultProxy proxy;

    SandboxDistrict(RunningHub hub, Path data, SandboxSettings settings, FaultProxy proxy) {
        this.hub = hub;
        this.data = data;
        this.settings = settings;
        this.proxy = proxy;
    }

    /** The API root, e.g. {@code http://127.0.0.1:40123}; version paths go after it. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + proxy.port());
    }

    /** The district-app bearer token. */
    public String token() {
        return hub.token();
    }

    /** Serves the district files in {@code nextSnapshotDir} now (approving a hold when the settings say so). */
    public Replaced replace(Path nextSnapshotDir) {
        copyCsv(nextSnapshotDir, data);
        IngestResult result = hub.ingestNow();
        if (result instanceof IngestResult.Held held && settings.autoApprove()) {
            result = hub.approve(held.snapshot());
        }
        if (result instanceof IngestResult.Published) {
            return Replaced.SERVED;
        }
        if (result instanceof IngestResult.Held) {
            return Replaced.HELD;
        }
        return result instanceof IngestResult.Rejected ? Replaced.REJECTED : Replaced.UNCHANGED;
    }

    /** The next {@code times} requests whose path contains {@code path} answer {@code status} (429 with a reset now). */
    public void failNext(String path, int status, int times) {
        proxy.add(new FaultProxy.Fault(path, FaultProxy.Kind.STATUS, status, times));
    }

    /** The next {@code times} list pages whose path contains {@code path} lose their last record, links kept. */
    public void shortenNext(String path, int times) {
        proxy.add(new FaultProxy.Fault(path, FaultProxy.Kind.SHORT, 0, times));
    }

    /** The next {@code times} requests whose path contains {@code path} get their connection closed unanswered. */
    public void dropNext(String path, int times) {
        proxy.add(new FaultProxy.Fault(path, FaultProxy.Kind.DROP, 0, times));
    }

    /** The next {@code times} requests whose path contains {@code path} wait {@code delay} before answering. */
    public void delayNext(String path, Duration delay, int times) {
        proxy.add(new FaultProxy.Fault(path, FaultProxy.Kind.DELAY, (int) delay.toMillis(), times));
    }

    @Override
    public void close() {
        proxy.close();
        hub.close();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }

    static void copyCsv(Path from, Path to) {
        try (Stream<Path> old = Files.list(to);
                Stream<Path> files = Files.list(from)) {
            for (Path p : old.filter(SandboxDistrict::isCsv).toList()) {
                Files.delete(p);
            }
            List<Path> csv = files.filter(SandboxDistrict::isCsv).toList();
            for (Path p : csv) {
                Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SandboxException("cannot copy the district files from " + from, e);
        }
    }

    private static boolean isCsv(Path p) {
        return p.getFileName().toString().endsWith(".csv");
    }
}
