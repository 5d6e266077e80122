package io.littlegiants.kb.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.firm.FirmService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;

/**
 * Downloads run to their end, or fail as downloads: on 1,200 firms (three pages of the
 * firm list's export), with the servlet container's async timeout at 1 ms. A download
 * streamed asynchronously used to end at that timeout, and a download a failure cut short
 * ended as if whole, with status 200, either way.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/many-firms.cypher")
@TestPropertySource(properties = "spring.mvc.async.request-timeout=1ms")
class ExportDownloadTests {

	@LocalServerPort
	int port;

	@MockitoSpyBean
	FirmService firms;

	@BeforeEach
	void realFirms() {
		Mockito.reset(this.firms);
	}

	@Test
	void anExportRunsToItsEnd() throws Exception {
		// Each page of the list takes longer than the container's async timeout and the
		// period at which it is checked (1 s).
		Mockito.doAnswer(invocation -> {
			Thread.sleep(1500);
			return invocation.callRealMethod();
		}).when(this.firms).firms(any(), any(), anyInt(), any(), anyBoolean());
		HttpResponse<String> csv = get("/export/firms.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(1201);
		assertThat(lines.get(1200)).startsWith("cn-1200,Firm 1200,");
		HttpResponse<String> ftm = get("/export/followthemoney.json");
		assertThat(ftm.statusCode()).isEqualTo(200);
		assertThat(ftm.body()
			.lines()
			.filter(line -> line.contains("\"schema\": \"Company\"") || line.contains("\"schema\":\"Company\"")))
			.hasSize(1200);
	}

	@Test
	void anExportFailingAfterItBeganIsAFailedDownloadNotAShortFile() throws Exception {
		// The second page of the firm list fails.
		AtomicInteger pages = new AtomicInteger();
		Mockito.doAnswer(invocation -> {
			if (pages.incrementAndGet() == 2) {
				throw new IllegalStateException("the database went away");
			}
			return invocation.callRealMethod();
		}).when(this.firms).firms(any(), any(), anyInt(), any(), anyBoolean());
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> get("/export/firms.csv"));
		assertThat(pages).hasValue(2);
	}

	@Test
	void aFirmListLongerThanAnExcelSheetIsRefusedBeforeItBegins(@Autowired ExportController exports) throws Exception {
		ReflectionTestUtils.setField(exports, "maxSheetRows", 1_000L);
		try {
			HttpResponse<String> xlsx = get("/export/firms.xlsx");
			assertThat(xlsx.statusCode()).isEqualTo(400);
			assertThat(xlsx.body()).isEqualTo("an Excel sheet holds 1000 rows under its header, and this export has "
					+ "1200: ask for .csv instead");
			assertThat(get("/export/firms.xlsx?name=Firm%2000").statusCode()).isEqualTo(200);
		}
		finally {
			ReflectionTestUtils.setField(exports, "maxSheetRows", ExportController.MAX_SHEET_ROWS);
		}
	}

	@Test
	void anAnswerWithMoreRowsThanItHoldsSaysSoInItsDownload() throws Exception {
		// 600 titles due; an answer holds at most 500 rows, the most a download asks for.
		HttpResponse<String> csv = get("/export/recertificationDue.csv?from=2027-01-01&to=2027-12-31");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body().lines()).hasSize(501);
		assertThat(csv.headers().firstValue("X-Truncated")).hasValue("true");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"recertificationDue-first-500.csv\"");
		HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
					+ "/export/recertificationDue.xlsx?from=2027-01-01&to=2027-12-31&first=10"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx.body()))) {
			List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
				.containsExactly("recertificationDue", "truncated");
			assertThat(sheets.get(0).read()).hasSize(11);
			assertThat(sheets.get(1).read().get(0).getCellText(0))
				.startsWith("The sheet recertificationDue holds the first 10 rows of the answer, and more rows meet");
		}
		// All of them: no mark.
		HttpResponse<String> whole = get("/export/recertificationDue.csv?from=2027-01-01&to=2027-12-31&tier=CHAMPION");
		assertThat(whole.headers().firstValue("X-Truncated")).isEmpty();
		assertThat(whole.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"recertificationDue.csv\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
