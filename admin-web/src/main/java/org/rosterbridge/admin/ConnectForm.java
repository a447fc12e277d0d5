package org.rosterbridge.admin;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rosterbridge.sync.ApiVersion;

/**
 * The connect-a-district form: what was typed (never the token, which is not echoed back) and every
 * field's problem, collected before anything is saved.
 *
 * @param errors field name ({@code api_url}, {@code token}, {@code api_version}, {@code time_zone}) to message
 */
record ConnectForm(String apiUrl, String apiVersion, String timeZone, Map<String, String> errors) {

    static final java.util.List<String> VERSIONS = java.util.List.of("v2.0", "v2.1", "v3.0", "v3.1");

    ConnectForm {
        errors = Map.copyOf(errors);
    }

    static ConnectForm blank() {
        return new ConnectForm("https://api.clever.com", "v3.0", "America/New_York", Map.of());
    }

    /** The connection when every field is valid, else the form with its errors. */
    static Result read(Context ctx) {
        String url = field(ctx, "api_url");
        String token = field(ctx, "token");
        String version = field(ctx, "api_version");
        String zone = field(ctx, "time_zone");
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<URI> uri = url(url, errors);
        if (token.isEmpty() || token.length() > 500 || !token.matches("\\S+")) {
            errors.put("token", "Token: paste the district-app token (no spaces, at most 500 characters).");
        }
        if (!VERSIONS.contains(version)) {
            errors.put("api_version", "API version: choose v2.0, v2.1, v3.0 or v3.1.");
        }
        Optional<ZoneId> zoneId = zone(zone, errors);
        ConnectForm form = new ConnectForm(url, version, zone, errors);
        if (!errors.isEmpty()) {
            return new Result(form, Optional.empty());
        }
        return new Result(
                form,
                Optional.of(new Districts.Connection(
                        uri.orElseThrow(), token, ApiVersion.of(version), zoneId.orElseThrow(), "")));
    }

    String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** The form as read, and the connection when it was valid. */
    record Result(ConnectForm form, Optional<Districts.Connection> connection) {}

    private static Optional<URI> url(String url, Map<String, String> errors) {
        try {
            URI uri = new URI(url);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (web && uri.getHost() != null && uri.getQuery() == null) {
                return Optional.of(URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.put("api_url", "API base URL: an http(s) address such as https://api.clever.com.");
        return Optional.empty();
    }

    private static Optional<ZoneId> zone(String zone, Map<String, String> errors) {
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            errors.put("time_zone", "Time zone: a region id such as America/Chicago.");
            return Optional.empty();
        }
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }
}
