package io.littlegiants.kb.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API keys and CORS. With no key configured every request is allowed, which the app
 * accepts only while HTTP listens on loopback.
 *
 * @param readerKeys keys that may read: GraphQL, GraphiQL, /match
 * @param adminKeys keys that may also read the operators' endpoints (metrics)
 * @param corsAllowedOrigins origins (e.g. a notebook host) whose pages may call the API
 */
@ConfigurationProperties("kb.security")
public record SecurityProperties(List<String> readerKeys, List<String> adminKeys, List<String> corsAllowedOrigins) {

	/** Shorter keys are refused: they can be guessed. */
	static final int MIN_KEY_LENGTH = 16;

	public SecurityProperties {
		readerKeys = clean(readerKeys);
		adminKeys = clean(adminKeys);
		corsAllowedOrigins = clean(corsAllowedOrigins);
		for (String key : concat(readerKeys, adminKeys)) {
			if (key.length() < MIN_KEY_LENGTH) {
				throw new IllegalArgumentException(
						"API keys (kb.security.reader-keys, kb.security.admin-keys) must have at least "
								+ MIN_KEY_LENGTH + " characters; one has " + key.length());
			}
		}
	}

	/** Whether requests must carry a key. */
	public boolean enabled() {
		return !this.readerKeys.isEmpty() || !this.adminKeys.isEmpty();
	}

	/** Never prints a key. */
	@Override
	public String toString() {
		return "SecurityProperties[readerKeys=" + this.readerKeys.size() + ", adminKeys=" + this.adminKeys.size()
				+ ", corsAllowedOrigins=" + this.corsAllowedOrigins + "]";
	}

	private static List<String> clean(List<String> values) {
		return (values == null) ? List.of()
				: values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

}
