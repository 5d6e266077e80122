package io.littlegiants.kb.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request's transaction ends without touching its response: a rollback the database
 * refuses (after it ran out of memory, say) used to turn a response holding the request's
 * errors into an HTTP 500 without them.
 */
class RequestTransactionFilterTests {

	@Test
	void aRollbackThatFailsLeavesTheResponseAsItWas() throws Exception {
		PlatformTransactionManager refusingRollback = new PlatformTransactionManager() {

			@Override
			public TransactionStatus getTransaction(TransactionDefinition definition) {
				return new SimpleTransactionStatus();
			}

			@Override
			public void commit(TransactionStatus status) {
				throw new UnsupportedOperationException("a request only reads");
			}

			@Override
			public void rollback(TransactionStatus status) {
				throw new IllegalStateException("the database ran out of memory");
			}

		};
		RequestTransactionFilter filter = new RequestTransactionFilter(
				new RequestLimits.Properties(null, null, null, null, null, null, null, null, null), "/graphql",
				refusingRollback);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		MockHttpServletResponse response = new MockHttpServletResponse();
		String body = "{\"errors\":[{\"message\":\"Internal error while fetching /firm/suppliers\"}]}";
		filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {

			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
				res.setContentType("application/json");
				res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
			}

		}));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo(body);
	}

}
