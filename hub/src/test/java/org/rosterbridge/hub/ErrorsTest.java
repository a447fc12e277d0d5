package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors as Clever answers them: status, {"message": …} naming the parameter, rate headers. */
class ErrorsTest {
    @TempDir
    static Path dir;

    static RunningHub hub;
    static Http http;
    static final ManualClock CLOCK = ManualClock.at("2026-03-02T10:00:30Z");

    @BeforeAll
    static void start() {
        Fixture.district().writeTo(dir);
        hub = Hub.start(Hubs.settings(dir).rateLimit(5).clock(CLOCK).build());
        http = Http.of(hub);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    // Each test but the rate-limit one starts a new minute, so their requests never hit the limit.
    private static Http fresh() {
        CLOCK.advance(Duration.ofMinutes(1));
        return http;
    }

    @Test
    void refusesRequestsWithoutAToken() {
        Http.Response response = http.withToken("").get("/v3.0/users");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("message").asText()).contains("token");
    }

    @Test
    void refusesAWrongTokenAndTheAdminTokenOnTheDataApi() {
        assertThat(http.withToken("nope").get("/v3.0/users").status()).isEqualTo(401);
        assertThat(http.withToken(hub.adminToken()).get("/v3.0/users").status()).isEqualTo(401);
        assertThat(fresh().get("/admin/status").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource({
        "/v3.0/users/0123456789abcdef01234567",
        "/v3.0/users/not-an-id",
        "/v3.0/sections/0123456789abcdef01234567/users",
        "/v2.1/teachers/0123456789abcdef01234567",
        "/v3.0/resources/0123456789abcdef01234567",
        "/v3.0/nothing-here",
        "/v3.0/events/0123456789abcdef01234567"
    })
    void answersUnknownRecordsWith404AndAMessage(String path) {
        Http.Response response = fresh().get(path);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("message").asText()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "/v3.0/users?limit=abc, limit",
        "/v3.0/users?limit=0, limit",
        "/v3.0/users?limit=-3, limit",
        "/v3.0/users?role=principal, role",
        "/v3.0/users?starting_after=xyz, starting_after",
        "/v3.0/users?ending_before=xyz, ending_before",
        "/v3.0/users?starting_after=0123456789abcdef01234567&ending_before=0123456789abcdef01234567, starting_after",
        "/v3.0/users?count=maybe, count",
        "/v3.0/events?record_type=students, record_type",
        "/v2.1/events?record_type=users, record_type",
        "/v3.0/events?school=nope, school"
    })
    void answersBadParametersWith400NamingTheParameter(String path, String parameter) {
        Http.Response response = fresh().get(path);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).contains(parameter);
    }

    @Test
    void answersATooLargeLimitWith413() {
        Http.Response response = fresh().get("/v3.0/users?limit=10001");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("message").asText()).contains("10000");
        assertThat(fresh().get("/v3.0/users?limit=99999999999999").status()).isEqualTo(413);
        assertThat(fresh().get("/v3.0/users?limit=10000").status()).isEqualTo(200);
    }

    @Test
    void limitsEachTokenPerFixedMinuteWindow() {
        CLOCK.advance(Duration.ofMinutes(1));
        long reset = CLOCK.instant().getEpochSecond() / 60 * 60 + 60;
        for (int i = 0; i < 5; i++) {
            Http.Response ok = http.get("/v3.0/districts");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(4 - i));
        }
        Http.Response limited = http.get("/v3.0/districts");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(limited.header("X-RateLimit-Reset")).isEqualTo(String.valueOf(reset));
        assertThat(limited.json().path("message").asText()).isNotEmpty();
        CLOCK.advance(Duration.ofSeconds(60));
        assertThat(http.get("/v3.0/districts").status()).isEqualTo(200);
    }
}
