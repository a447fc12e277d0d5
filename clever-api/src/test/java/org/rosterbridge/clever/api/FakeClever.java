package org.rosterbridge.clever.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a free loopback port, answering each path-and-query from a script of responses
 * (the last one repeats). Records every request's path and Authorization header.
 */
final class FakeClever implements AutoCloseable {

    /** One scripted answer. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    record Seen(String path, String authorization) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Deque<Responder>> script = new ConcurrentHashMap<>();
    final List<Seen> requests = new CopyOnWriteArrayList<>();

    FakeClever() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    FakeClever on(String pathAndQuery, Responder... responders) {
        script.computeIfAbsent(pathAndQuery, p -> new ArrayDeque<>()).addAll(List.of(responders));
        return this;
    }

    long count(String pathAndQuery) {
        return requests.stream().filter(r -> r.path().equals(pathAndQuery)).count();
    }

    static Responder json(int status, byte[] body, String... headers) {
        return exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    static Responder status(int status, String... headers) {
        return json(status, ("{\"message\":\"status " + status + "\"}").getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Closes the connection without a response. */
    static Responder drop() {
        return exchange -> exchange.close();
    }

    /** Promises the whole body, sends half, then closes. */
    static Responder truncate(byte[] body) {
        return exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            exchange.close();
        };
    }

    static Responder slow(long millis, Responder then) {
        return exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.respond(exchange);
        };
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String key = query == null ? path : path + "?" + query;
        requests.add(new Seen(key, exchange.getRequestHeaders().getFirst("Authorization")));
        Deque<Responder> answers = script.get(key);
        if (answers == null || answers.isEmpty()) {
            status(418).respond(exchange);
            return;
        }
        Responder next = answers.size() > 1 ? answers.pollFirst() : answers.peekFirst();
        next.respond(exchange);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
