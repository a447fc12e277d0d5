package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class AdminWebTest {

    @Test
    void servesTheHomePageOnAFreePort() throws Exception {
        try (AdminWeb.Running web = AdminWeb.start(new AdminSettings("jdbc:h2:mem:admin", 0))) {
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("rosterbridge admin");
        }
    }
}
