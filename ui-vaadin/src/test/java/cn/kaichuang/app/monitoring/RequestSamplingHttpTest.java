package cn.kaichuang.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.WebAppTest;
import cn.kaichuang.operations.RequestFigures;
import cn.kaichuang.operations.RequestStatistics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real HTTP requests end up as this replica's samples once the sampler runs. */
@WebAppTest
class RequestSamplingHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestSampler sampler;

    @Autowired
    RequestStatistics statistics;

    @Test
    void requestsAreCountedPerEndpointWithoutTheirIds() throws Exception {
        sampler.sample();
        Instant from = Instant.now().minus(5, ChronoUnit.MINUTES);
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
            }
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page/KC2026000123"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        sampler.sample();

        List<RequestFigures> endpoints = statistics.endpoints(from, Instant.now().plus(1, ChronoUnit.MINUTES));
        assertThat(endpoints).filteredOn(f -> f.endpoint().equals("GET /login")).singleElement()
                .satisfies(f -> assertThat(f.requests()).isGreaterThanOrEqualTo(3));
        assertThat(endpoints).extracting(RequestFigures::endpoint).contains("GET /no-such-page/{id}")
                .noneMatch(name -> name.contains("KC2026000123"));
    }
}
