package org.rosterbridge.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** "Test connection": one {@code GET /{version}/me} with the district's token. Thread-safe. */
final class MeCheck {

    /** What {@code /me} said: {@code ok} with the district's Clever id, or why not. */
    record Answer(boolean ok, String districtId, String message) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Answer check(Districts.District district, String token) {
        URI me = URI.create(district.apiUrl() + "/" + district.apiVersion().wire() + "/me");
        HttpRequest request = HttpRequest.newBuilder(me)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return answer(response);
        } catch (IOException e) {
            return new Answer(
                    false,
                    "",
                    "cannot reach " + me.getHost() + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(false, "", "interrupted");
        }
    }

    private static Answer answer(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            String hint = response.statusCode() == 401 ? " (the token was refused)" : "";
            return new Answer(false, "", "/me answered HTTP " + response.statusCode() + hint);
        }
        JsonNode data = JSON.readTree(response.body()).path("data");
        String district = data.path("district").asText("");
        if (district.isEmpty() && "district".equals(data.path("type").asText())) {
            district = data.path("id").asText("");
        }
        return district.isEmpty()
                ? new Answer(false, "", "/me did not name a district: is this a district-app token?")
                : new Answer(true, district, "connection works: district " + district);
    }
}
