package org.rosterbridge.hub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Pages a whole list of a hub over loopback HTTP and prints records per second. Not a test: run by hand
 * on a district the hub has already ingested (see docs/performance.md, Hub) and copy the figures to the
 * docs. Usage: {@code PagingBenchmark DIR [PATH] [PASSES]}, PATH defaulting to
 * {@code /v3.0/users?limit=10000}.
 *
 * <p>The client parses with a streaming parser and skips each record, so that most of the CPU it shares
 * with the hub on a small machine goes to the hub; process CPU time covers both.
 */
final class PagingBenchmark {
    private static final JsonFactory JSON = new JsonFactory();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private PagingBenchmark() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String path = args.length > 1 ? args[1] : "/v3.0/users?limit=10000";
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        // The settings the hub command uses by default, so the catalog it stored is the one served.
        HubSettings settings = HubSettings.builder(dir)
                .port(0)
                .token("bench")
                .rateLimit(1_000_000)
                .build();
        long started = System.nanoTime();
        try (RunningHub hub = Hub.start(settings)) {
            System.out.printf(
                    Locale.ROOT,
                    "hub started, snapshot %d served, in %.1f s%n",
                    hub.status().servedSnapshot(),
                    (System.nanoTime() - started) / 1e9);
            for (int pass = 1; pass <= passes; pass++) {
                walk(hub.port(), path, pass);
            }
        }
    }

    private static void walk(int port, String first, int pass) {
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        long records = 0;
        long bytes = 0;
        int pages = 0;
        String next = first;
        while (!next.isEmpty()) {
            Page page = get(port, next);
            records += page.records;
            bytes += page.bytes;
            pages++;
            next = page.next;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "pass %d: %s: %,d records in %d pages, %.1f MB, %.1f s wall, %.0f records/s wall;"
                        + " %.1f s process CPU (hub and client), %.0f records per CPU-second%n",
                pass,
                first,
                records,
                pages,
                bytes / 1e6,
                seconds,
                records / seconds,
                cpu,
                records / cpu);
    }

    private record Page(long records, long bytes, String next) {}

    private static Page get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer bench")
                .build();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            try (CountingInput in = new CountingInput(response.body());
                    JsonParser parser = JSON.createParser(in)) {
                return parse(parser, in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // {"data": [{...}, ...], "links": [{"rel": "next", "uri": "..."}, ...]}
    private static Page parse(JsonParser parser, CountingInput in) throws IOException {
        long records = 0;
        String next = "";
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("data")) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    records++;
                }
            } else if (field.equals("links")) {
                next = nextLink(parser);
            } else {
                parser.skipChildren();
            }
        }
        return new Page(records, in.count, next);
    }

    private static String nextLink(JsonParser parser) throws IOException {
        String next = "";
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String rel = "";
            String uri = "";
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("rel")) {
                    rel = parser.getText();
                } else if (name.equals("uri")) {
                    uri = parser.getText();
                }
            }
            if (rel.equals("next")) {
                next = uri;
            }
        }
        return next;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static final class CountingInput extends InputStream {
        private final InputStream in;
        long count;

        CountingInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
