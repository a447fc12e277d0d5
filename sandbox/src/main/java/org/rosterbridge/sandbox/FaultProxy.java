package org.rosterbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A forwarding proxy in front of the hub that injects faults on request: a status (500, 429, …), a short
 * list page, a dropped connection, a delay. Faults apply to the next matching requests, then wear off.
 */
final class FaultProxy implements AutoCloseable {

    enum Kind {
        STATUS,
        SHORT,
        DROP,
        DELAY
    }

    record Fault(String path, Kind kind, int value, int times) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI upstream;
    private final List<Fault> faults = new ArrayList<>();

    private FaultProxy(HttpServer server, URI upstream) {
        this.server = server;
        this.upstream = upstream;
    }

    static FaultProxy start(int hubPort) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FaultProxy proxy = new FaultProxy(server, URI.create("http://127.0.0.1:" + hubPort));
            server.createContext("/", proxy::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new SandboxException("cannot start the sandbox proxy", e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    synchronized void add(Fault fault) {
        faults.add(fault);
    }

    private synchronized Fault take(String path) {
        for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
            Fault f = it.next();
            if (path.contains(f.path())) {
                it.remove();
                if (f.times() > 1) {
                    faults.add(0, new Fault(f.path(), f.kind(), f.value(), f.times() - 1));
                }
                return f;
            }
        }
        return null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().toString();
            Fault fault = take(path);
            if (fault != null && fault.kind() == Kind.DROP) {
                return;
            }
            if (fault != null && fault.kind() == Kind.STATUS) {
                answer(exchange, fault.value());
                return;
            }
            if (fault != null && fault.kind() == Kind.DELAY) {
                Thread.sleep(fault.value());
            }
            forward(exchange, path, fault != null && fault.kind() == Kind.SHORT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        byte[] body = ("{\"message\":\"injected " + status + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (status == 429) {
            exchange.getResponseHeaders()
                    .add("X-RateLimit-Reset", Long.toString(Instant.now().getEpochSecond()));
            exchange.getResponseHeaders().add("Retry-After", "0");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void forward(HttpExchange exchange, String path, boolean shorten) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(upstream.resolve(path)).GET();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            request.header("Authorization", auth);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        if (shorten && response.statusCode() == 200) {
            body = dropLast(body);
        }
        response.headers().map().forEach((name, values) -> {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (n.startsWith("x-ratelimit") || n.equals("content-type") || n.equals("retry-after")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] dropLast(byte[] body) throws IOException {
        JsonNode tree = JSON.readTree(body);
        if (tree instanceof ObjectNode root && root.get("data") instanceof ArrayNode data && !data.isEmpty()) {
            data.remove(data.size() - 1);
            return JSON.writeValueAsBytes(root);
        }
        return body;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
