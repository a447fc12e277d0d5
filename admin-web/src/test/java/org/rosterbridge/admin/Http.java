package org.rosterbridge.admin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, never follows redirects, reads the CSRF token. */
final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]*)\"");

    private final TestAdmin admin;
    private final HttpClient client;
    private String csrf = "";

    Http(TestAdmin admin) {
        this.admin = admin;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in as the test admin and remembers the session's CSRF token. */
    Http login() {
        return login(TestAdmin.USER, TestAdmin.PASSWORD);
    }

    Http login(String user, String password) {
        get("/login");
        post("/login", form("user", user, "password", password));
        get("/");
        return this;
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(admin.url(path)).GET());
        Matcher m = CSRF.matcher(response.body());
        if (m.find() && !m.group(1).isEmpty()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** Posts a form with the session's CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        return postRaw(path, all);
    }

    /** Posts a form exactly as given (no CSRF token added). */
    HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(admin.url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts JSON with the CSRF header when {@code withToken}. */
    HttpResponse<String> postJson(String path, String json, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(admin.url(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withToken) {
            request.header(Guard.CSRF_HEADER, csrf);
        }
        return send(request);
    }

    String csrf() {
        return csrf;
    }

    static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AdminException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
