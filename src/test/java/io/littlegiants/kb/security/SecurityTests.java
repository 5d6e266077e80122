package io.littlegiants.kb.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server with API keys, as on a shared network: no key, no answer (401 in the
 * GraphQL-over-HTTP form), readers query, admins also read metrics, health stays open,
 * and every response carries the security headers.
 */
@GraphQlHttpTest
@TestPropertySource(properties = { "kb.security.reader-keys=reader-key-0123456789,flood-key-0123456789",
		"kb.security.admin-keys=admin-key-0123456789", "kb.security.cors-allowed-origins=http://notebook.example",
		"kb.rate-limit.requests=30", "kb.rate-limit.period=1h", "kb.rate-limit.on-loopback=true" })
@TestDatabase
class SecurityTests {

	static final String QUERY = "{\"query\":\"{ stats { data { version } } }\"}";

	@LocalServerPort
	int port;

	@Test
	void withoutAKeyARequestGetsAGraphQlError401() throws Exception {
		HttpResponse<String> response = post(null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Bearer"));
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
		assertThat(post("Authorization", "Bearer not-a-key-of-ours-at-all").statusCode()).isEqualTo(401);
	}

	@Test
	void aReaderQueriesAndAnAdminAlsoReadsMetrics() throws Exception {
		HttpResponse<String> reader = post("Authorization", "Bearer reader-key-0123456789");
		assertThat(reader.statusCode()).isEqualTo(200);
		assertThat(reader.body()).contains("\"version\"");
		assertThat(post("X-API-Key", "admin-key-0123456789").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", "reader-key-0123456789").statusCode()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", "admin-key-0123456789").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
		// The pages hold no data and load without a key; their API calls need one.
		assertThat(get("/graphiql", null).statusCode()).isEqualTo(200);
		assertThat(get("/explore", null).statusCode()).isEqualTo(200);
		assertThat(get("/webjars/graphiql/2.4.7/graphiql.min.js", null).statusCode()).isEqualTo(200);
		assertThat(get("/export/firms.csv", null).statusCode()).isEqualTo(401);
	}

	@Test
	void everyResponseCarriesTheSecurityHeadersAndCorsAnswersOnlyTheConfiguredOrigin() throws Exception {
		HttpResponse<String> response = post("X-API-Key", "reader-key-0123456789");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(preflight("http://notebook.example").headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue("http://notebook.example");
		assertThat(preflight("http://elsewhere.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void aStreamedExportArrivesWholeWithTheSecurityHeadersWrittenBeforeItRuns(@Autowired SecurityFilterChain chain)
			throws Exception {
		// Written when the response commits, they were written by two threads at once
		// for a streamed export, now and then: a race no test can make happen on demand.
		HeaderWriterFilter headers = chain.getFilters()
			.stream()
			.filter(HeaderWriterFilter.class::isInstance)
			.map(HeaderWriterFilter.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(ReflectionTestUtils.getField(headers, "shouldWriteHeadersEagerly")).isEqualTo(true);
		HttpResponse<String> export = get("/export/firms.csv", "reader-key-0123456789");
		assertThat(export.statusCode()).isEqualTo(200);
		// Streamed to its end (this graph is empty: the header row): its closing
		// dispatch, which carries no key, used to be denied, and the client got a
		// chunked body cut short.
		assertThat(export.body()).contains("id,").endsWith("\n");
		assertThat(export.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(export.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
	}

	@Test
	void aClientOverItsRateGets429WhileOthersGoOn() throws Exception {
		// 30 requests an hour per client: the 31st from the same address and key is
		// refused, whatever the speed of the machine; another key is another client.
		for (int i = 1; i <= 30; i++) {
			assertThat(post("X-API-Key", "flood-key-0123456789").statusCode()).as("request %d", i).isEqualTo(200);
		}
		HttpResponse<String> refused = post("X-API-Key", "flood-key-0123456789");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("3600");
		assertThat(refused.body()).contains("\"code\":\"RATE_LIMITED\"");
		assertThat(post("X-API-Key", "admin-key-0123456789").statusCode()).isEqualTo(200);
	}

	@Test
	void withoutKeysTheServerRefusesToListenBeyondLoopback() {
		SecurityProperties none = new SecurityProperties(null, null, null);
		SecurityConfiguration.checkExposure(none, "127.0.0.1");
		assertThatThrownBy(() -> SecurityConfiguration.checkExposure(none, "0.0.0.0"))
			.hasMessageContaining("beyond loopback, but no API key is configured");
		assertThatThrownBy(() -> SecurityConfiguration.checkExposure(none, "")).hasMessageContaining("every interface");
		SecurityConfiguration.checkExposure(new SecurityProperties(List.of("reader-key-0123456789"), null, null),
				"0.0.0.0");
		assertThatThrownBy(() -> new SecurityProperties(List.of("short"), null, null))
			.hasMessageContaining("at least 16 characters");
		assertThat(new SecurityProperties(List.of("reader-key-0123456789"), null, null).toString())
			.doesNotContain("reader-key");
	}

	private HttpResponse<String> post(String header, String value) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY));
		if (header != null) {
			request.header(header, value);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> preflight(String origin) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type,x-api-key")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
