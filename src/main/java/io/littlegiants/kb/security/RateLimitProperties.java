package io.littlegiants.kb.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests each client (its address and API key) may make per period. Off on
 * loopback unless {@code onLoopback}: one user on their own machine needs no limit.
 *
 * @param requests requests per period; 0 turns the limit off
 * @param period the period
 * @param onLoopback whether to limit when HTTP listens on loopback too
 */
@ConfigurationProperties("kb.rate-limit")
public record RateLimitProperties(Integer requests, Duration period, boolean onLoopback) {

	public RateLimitProperties {
		requests = (requests != null) ? requests : 20;
		period = (period != null) ? period : Duration.ofSeconds(1);
		if (requests < 0) {
			throw new IllegalArgumentException("kb.rate-limit.requests must be 0 (off) or more, was " + requests);
		}
	}

}
