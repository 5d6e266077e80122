package io.littlegiants.kb.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The answers of the questions over the whole graph (the cultivation funnel, EU exposure,
 * capital flows, ...), kept for the state of the data they were computed from. At 1.1
 * million firms such a question reads millions of records and takes seconds; asked again
 * with the same parameters on the same data, it is answered from here.
 * <p>
 * The state is the database's own: the bookmark of a read transaction names the last
 * transaction committed, so any write, by the importer, by a loader or by hand in Cypher,
 * changes it, on the embedded database or a server alike. An answer is kept only when the
 * state was the same before and after it was computed, so it cannot hold a write made
 * meanwhile.
 */
@Component
@EnableConfigurationProperties(AnswerCache.Properties.class)
public class AnswerCache {

	private final Driver driver;

	private final Cache<Key, List<Map<String, Object>>> answers;

	/**
	 * The kept orders of lists (the firm list's pages are cut from them), apart from the
	 * answers: a user paging through many filters must not push out an answer that took
	 * seconds, which the warm-up asks again only after the data changes.
	 */
	private final Cache<Key, List<Map<String, Object>>> orders;

	private final long maxAnswerValues;

	/**
	 * The answers being computed: a request asking what another is computing waits for it
	 * instead of computing it too. After a change of the data, eight clients asking the
	 * funnel over 1.1 million firms at once each took 22 s (4.3 s for one alone) and
	 * needed about 400 MiB of transaction memory together.
	 */
	private final Map<Computing, CompletableFuture<List<Map<String, Object>>>> computing = new ConcurrentHashMap<>();

	AnswerCache(Driver driver, Properties properties, ObjectProvider<MeterRegistry> metrics) {
		this.driver = driver;
		this.answers = cache(properties.maxValues());
		this.orders = cache(properties.maxValues());
		// cache_gets_total{cache="analytic.answers", result="hit"|"miss"} and the rest.
		metrics.ifAvailable(registry -> {
			CaffeineCacheMetrics.monitor(registry, this.answers, "analytic.answers");
			CaffeineCacheMetrics.monitor(registry, this.orders, "list.orders");
		});
		// One answer may take a tenth of the cache: a larger one would push out the rest.
		this.maxAnswerValues = properties.maxValues() / 10;
	}

	/** Evicting on the caller's thread, as it writes: at once, and no pool needed. */
	private static Cache<Key, List<Map<String, Object>>> cache(long maxValues) {
		return Caffeine.newBuilder()
			.maximumWeight(maxValues)
			.weigher((Key key, List<Map<String, Object>> rows) -> (int) Math.min(Integer.MAX_VALUE, values(rows)))
			.executor(Runnable::run)
			.recordStats()
			.build();
	}

	/**
	 * The rows of {@code question} with {@code parameters}, computed by {@code compute}
	 * unless they were for the data as it is now.
	 */
	List<Map<String, Object>> answer(String question, Map<String, Object> parameters,
			Supplier<List<Map<String, Object>>> compute) {
		return keepsAnswers() ? answer(state(), question, parameters, compute) : compute.get();
	}

	/**
	 * As {@link #answer(String, Map, Supplier)}, for the state of the data read before
	 * ({@link #state()}): a request that asks several questions reads it once.
	 */
	public List<Map<String, Object>> answer(Set<Bookmark> state, String question, Map<String, Object> parameters,
			Supplier<List<Map<String, Object>>> compute) {
		return kept(this.answers, state, question, parameters, compute);
	}

	/**
	 * The rows of a list in its order (ids and sort keys, to cut pages from), kept as an
	 * answer is, in a cache of the same size of its own.
	 */
	public List<Map<String, Object>> order(Set<Bookmark> state, String question, Map<String, Object> parameters,
			Supplier<List<Map<String, Object>>> compute) {
		return kept(this.orders, state, question, parameters, compute);
	}

	private List<Map<String, Object>> kept(Cache<Key, List<Map<String, Object>>> cache, Set<Bookmark> state,
			String question, Map<String, Object> parameters, Supplier<List<Map<String, Object>>> compute) {
		if (!keepsAnswers()) {
			return compute.get();
		}
		Key key = new Key(question, withoutNulls(parameters), state);
		List<Map<String, Object>> rows = cache.getIfPresent(key);
		if (rows != null) {
			return rows;
		}
		Computing computation = new Computing(cache, key);
		CompletableFuture<List<Map<String, Object>>> mine = new CompletableFuture<>();
		CompletableFuture<List<Map<String, Object>>> running = this.computing.putIfAbsent(computation, mine);
		if (running != null) {
			try {
				return running.join();
			}
			catch (CompletionException | CancellationException ex) {
				// Its request failed (its deadline, its memory): this one tries for
				// itself.
				return compute.get();
			}
		}
		try {
			rows = compute.get();
			if (values(rows) <= this.maxAnswerValues && state().equals(state)) {
				cache.put(key, rows);
			}
			mine.complete(rows);
			return rows;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.computing.remove(computation, mine);
		}
	}

	/**
	 * Whether an answer or an order of this many values would be kept: one may take a
	 * tenth of its cache.
	 */
	public boolean keeps(long values) {
		return keepsAnswers() && values <= this.maxAnswerValues;
	}

	/** The most values one answer or order may hold to be kept; 0 when none is. */
	public long maxAnswerValues() {
		return this.maxAnswerValues;
	}

	/**
	 * Whether answers are kept at all ({@code kb.analytics.cache.max-values} above 0).
	 */
	public boolean keepsAnswers() {
		return this.maxAnswerValues > 0;
	}

	/**
	 * The state of the data: the last transaction committed, as a read transaction's
	 * bookmark names it. Equal states, equal data.
	 */
	public Set<Bookmark> state() {
		try (var session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			session.executeRead(tx -> tx.run("RETURN 1").consume());
			return session.lastBookmarks();
		}
	}

	/** A null parameter is one not given: Map.copyOf refuses nulls. */
	private static Map<String, Object> withoutNulls(Map<String, Object> parameters) {
		Map<String, Object> given = new HashMap<>(parameters);
		given.values().removeIf(Objects::isNull);
		return Map.copyOf(given);
	}

	/** The values an answer holds, nested ones included: its weight in the cache. */
	static long values(Object value) {
		if (value instanceof Map<?, ?> map) {
			return 1 + map.values().stream().mapToLong(AnswerCache::values).sum();
		}
		if (value instanceof Collection<?> list) {
			return 1 + list.stream().mapToLong(AnswerCache::values).sum();
		}
		return 1;
	}

	private record Key(String question, Map<String, Object> parameters, Set<Bookmark> state) {
	}

	/** A key being computed for one of the caches (the answers or the orders). */
	private record Computing(Cache<Key, List<Map<String, Object>>> cache, Key key) {
	}

	/**
	 * @param maxValues how many values (numbers, texts, dates, ...) the kept answers may
	 * hold together; 0 keeps none
	 */
	@ConfigurationProperties("kb.analytics.cache")
	record Properties(Long maxValues) {

		Properties {
			maxValues = (maxValues != null) ? maxValues : 1_000_000L;
		}

	}

}
