package io.littlegiants.kb.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.littlegiants.kb.common.Loopback;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * HTTP security. Without API keys every request is allowed, and the app then refuses to
 * listen beyond loopback. With keys ({@code kb.security.reader-keys},
 * {@code kb.security.admin-keys}) every request but health and info needs one: readers
 * may query, admins may also read metrics. No sessions, no cookies, so no CSRF; the
 * standard security headers on every response; CORS only for the configured origins. The
 * subcommands serve no HTTP and need none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ SecurityProperties.class, RateLimitProperties.class })
class SecurityConfiguration {

	static final String UNAUTHENTICATED = """
			{"errors":[{"message":"An API key is required: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",\
			"extensions":{"code":"UNAUTHENTICATED"}}]}""";

	static final String FORBIDDEN = """
			{"errors":[{"message":"This API key may not use this endpoint: it needs an admin key",\
			"extensions":{"code":"FORBIDDEN"}}]}""";

	/**
	 * The security headers are written before the request runs, not when its response is
	 * committed. A CSV export streams its body on a thread of its own, which commits the
	 * response while the request's thread, on its way back through the filters, writes
	 * the headers too: Tomcat's header list is not made for two threads, and a notebook's
	 * export failed once in a build with a NullPointerException in {@code MimeHeaders}
	 * and a closed connection (spring-security#15510).
	 */
	static final ObjectPostProcessor<HeaderWriterFilter> EAGER_HEADERS = new ObjectPostProcessor<>() {

		@Override
		public <O extends HeaderWriterFilter> O postProcess(O filter) {
			filter.setShouldWriteHeadersEagerly(true);
			return filter;
		}

	};

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties,
			RateLimitProperties rateLimit, @Value("${server.address:}") String address) {
		checkExposure(properties, address);
		if (rateLimit.requests() > 0 && (rateLimit.onLoopback() || !Loopback.isLoopback(address))) {
			http.addFilterBefore(new RateLimitFilter(rateLimit), AnonymousAuthenticationFilter.class);
		}
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.addObjectPostProcessor(EAGER_HEADERS))
			.cors(cors -> cors.configurationSource(cors(properties)))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, failure) -> write(response,
						HttpServletResponse.SC_UNAUTHORIZED, UNAUTHENTICATED))
				.accessDeniedHandler(
						(request, response, failure) -> write(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN)));
		if (properties.enabled()) {
			http.addFilterBefore(new ApiKeyFilter(properties), AnonymousAuthenticationFilter.class)
				// The pages and their scripts hold no data: they ask for a key when they
				// call the API.
				.authorizeHttpRequests(requests -> requests
					// A streamed export (/export/...) ends in an ASYNC dispatch, an error
					// in
					// an ERROR one: both belong to a request already let through, and
					// carry no key of their own, so denying them cut every export short
					// once its first rows were sent.
					.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
					.permitAll()
					.requestMatchers("/actuator/health/**", "/actuator/info", "/graphiql", "/graphiql/**", "/explore",
							"/explore/**", "/webjars/**")
					.permitAll()
					.requestMatchers("/actuator/**")
					.hasRole("ADMIN")
					.anyRequest()
					.hasRole("READER"));
		}
		else {
			http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		}
		return http.build();
	}

	/**
	 * No user logs in with a password: keys only (and no generated password in the log).
	 */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

	/**
	 * Refuses to serve a shared network with no key: anyone on it could use the server.
	 */
	static void checkExposure(SecurityProperties properties, String address) {
		if (!properties.enabled() && !Loopback.isLoopback(address)) {
			throw new IllegalStateException("server.address is "
					+ ((address == null || address.isBlank()) ? "every interface" : address)
					+ ", beyond loopback, but no API key is configured: anyone on the network could use the server. "
					+ "Set kb.security.reader-keys (KB_SECURITY_READER_KEYS, comma-separated, 16 characters or more), "
					+ "or keep server.address 127.0.0.1");
		}
	}

	private static CorsConfigurationSource cors(SecurityProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!properties.corsAllowedOrigins().isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(properties.corsAllowedOrigins());
			cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
			cors.setAllowedHeaders(List.of("Content-Type", "Authorization", ApiKeyFilter.HEADER));
			cors.setMaxAge(3600L);
			source.registerCorsConfiguration("/**", cors);
		}
		return source;
	}

	private static void write(HttpServletResponse response, int status, String body) throws IOException {
		response.setStatus(status);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"little-giants-kb\"");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body);
	}

}
