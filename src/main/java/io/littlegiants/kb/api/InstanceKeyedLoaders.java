package io.littlegiants.kb.api;

import io.littlegiants.kb.firm.Organization;
import org.dataloader.DataLoaderOptions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * Batch loaders that tell an organization read at one place of a request from an equal
 * one read at another. {@link FirmLookAhead} primes a firm's lists as the request asks
 * for them there (their counterparts' names only, say); the same firm met elsewhere in
 * the request, in a list of firms beside it or deeper as a counterpart, is an equal
 * record that may ask more of the same lists, so its lists are loaded for it rather than
 * taken from the primed ones. Other keys are compared as before.
 */
@Configuration(proxyBeanMethods = false)
class InstanceKeyedLoaders {

	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		return new DefaultBatchLoaderRegistry(
				() -> DataLoaderOptions.newOptions().setCacheKeyFunction(InstanceKeyedLoaders::cacheKey).build());
	}

	/** The key a loader caches a value under: an organization by the instance. */
	static Object cacheKey(Object key) {
		return (key instanceof Organization) ? new Instance(key) : key;
	}

	/** An object compared by identity. */
	record Instance(Object of) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Instance instance && instance.of == this.of;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.of);
		}

	}

}
