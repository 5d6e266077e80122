package io.littlegiants.kb.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its API key, given as {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}. Keys are compared by their SHA-256 digests in constant time;
 * an unknown key leaves the request anonymous, and the rules then answer 401.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	/** Digest of each key, to the role it grants. */
	private final Map<byte[], String> roles = new LinkedHashMap<>();

	ApiKeyFilter(SecurityProperties properties) {
		properties.readerKeys().forEach(key -> this.roles.put(digest(key), "READER"));
		properties.adminKeys().forEach(key -> this.roles.put(digest(key), "ADMIN"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key != null) {
			String role = role(digest(key));
			if (role != null) {
				List<String> authorities = role.equals("ADMIN") ? List.of("ROLE_ADMIN", "ROLE_READER")
						: List.of("ROLE_READER");
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase() + "-key",
							null, AuthorityUtils.createAuthorityList(authorities)));
			}
		}
		chain.doFilter(request, response);
	}

	private String role(byte[] digest) {
		String found = null;
		for (Map.Entry<byte[], String> entry : this.roles.entrySet()) {
			if (MessageDigest.isEqual(entry.getKey(), digest) && found == null) {
				found = entry.getValue();
			}
		}
		return found;
	}

	private static String key(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).strip();
		}
		String header = request.getHeader(HEADER);
		return (header != null) ? header.strip() : null;
	}

	static byte[] digest(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
