package io.littlegiants.kb.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limit on the API ({@code /graphql}, {@code /match}, {@code /export}): a
 * client is its address and the API key it sends (by digest, never the key), so one
 * notebook cannot starve the others. Over the limit a request gets 429 with
 * {@code Retry-After} and a GraphQL error with code {@code RATE_LIMITED}.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	static final String RATE_LIMITED = """
			{"errors":[{"message":"Too many requests from this client: slow down and retry after the period",\
			"extensions":{"code":"RATE_LIMITED"}}]}""";

	/** Clients remembered at most; beyond, the registry starts afresh. */
	private static final int MAX_CLIENTS = 10_000;

	private final RateLimiterRegistry registry;

	private final Duration period;

	RateLimitFilter(RateLimitProperties properties) {
		this.period = properties.period();
		this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
			.limitForPeriod(properties.requests())
			.limitRefreshPeriod(properties.period())
			.timeoutDuration(Duration.ZERO)
			.build());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.startsWith("/graphql") || path.startsWith("/match") || path.startsWith("/export"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.registry.getAllRateLimiters().size() > MAX_CLIENTS) {
			this.registry.getAllRateLimiters().forEach(limiter -> this.registry.remove(limiter.getName()));
		}
		if (!this.registry.rateLimiter(client(request)).acquirePermission()) {
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(Math.max(1, this.period.toSeconds())));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(RATE_LIMITED);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String client(HttpServletRequest request) {
		String key = request.getHeader("Authorization");
		if (key == null) {
			key = request.getHeader(ApiKeyFilter.HEADER);
		}
		String keyPart = (key == null) ? "-"
				: HexFormat.of().formatHex(ApiKeyFilter.digest(key.replaceFirst("(?i)^Bearer ", "").strip()), 0, 8);
		return request.getRemoteAddr() + "|" + keyPart;
	}

}
