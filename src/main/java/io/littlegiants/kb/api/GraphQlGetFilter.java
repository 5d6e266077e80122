package io.littlegiants.kb.api;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GraphQL over HTTP GET ({@code /graphql?query=...&variables=...}), as the GraphQL over
 * HTTP specification allows for queries: a link or a cache can then hold a question.
 * Spring for GraphQL answers POST only, so the GET is handed on as the POST it stands
 * for, and is answered, checked and limited exactly as one. The schema has no mutations,
 * so a GET can change nothing.
 */
@Component
class GraphQlGetFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String path;

	GraphQlGetFilter(@Value("${spring.graphql.http.path:/graphql}") String path) {
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !this.path.equals(request.getRequestURI())
				|| request.getParameter("query") == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", request.getParameter("query"));
		body.put("operationName", request.getParameter("operationName"));
		try {
			body.put("variables", json(request, "variables"));
			body.put("extensions", json(request, "extensions"));
		}
		catch (JacksonException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write(JSON.writeValueAsString(Map.of("errors",
						List.of(Map.of("message",
								"variables and extensions must be JSON objects: " + ex.getOriginalMessage(),
								"extensions", Map.of("code", ErrorCodes.BAD_USER_INPUT))))));
			return;
		}
		chain.doFilter(new PostRequest(request, JSON.writeValueAsBytes(body)), response);
	}

	private static Object json(HttpServletRequest request, String parameter) {
		String text = request.getParameter(parameter);
		return (text == null || text.isBlank()) ? null : JSON.readValue(text, Map.class);
	}

	/** The GET as a POST of a JSON body, with every header the client sent. */
	private static final class PostRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		PostRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public String getMethod() {
			return "POST";
		}

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_JSON_VALUE;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public String getHeader(String name) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				return getContentType();
			}
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return String.valueOf(this.body.length);
			}
			return super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			String replaced = (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
					|| HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) ? getHeader(name) : null;
			return (replaced != null) ? Collections.enumeration(List.of(replaced)) : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
			names.removeIf(name -> HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
					|| HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name));
			names.add(HttpHeaders.CONTENT_TYPE);
			names.add(HttpHeaders.CONTENT_LENGTH);
			return Collections.enumeration(names);
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] bytes, int offset, int length) {
					return in.read(bytes, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
