package io.littlegiants.kb.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import io.littlegiants.kb.common.AnswerCache;
import io.littlegiants.kb.common.NamedQueries;
import io.littlegiants.kb.common.Today;
import io.littlegiants.kb.ingest.DatasetState;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Asks the analytic questions of {@code analytics/warm-up.graphql} in the background
 * whenever the data has changed: after the start, after an import, after a write by hand.
 * Those with their default arguments have their answers kept ({@link AnswerCache}), and
 * the first analyst to ask does not wait for a scan of the whole graph (15-30 s at 1.1
 * million firms). Those about one firm, HS code or window of days are asked with small
 * arguments from the data ({@code cypher/queries/warm-up-arguments.cypher}, and the next
 * 30 days): their statements are then planned, and an analyst's first question of that
 * kind, whatever its arguments, does not wait for the planner (0.2-0.5 s of it at 1.1
 * million firms). It checks every {@code kb.analytics.warm-up-interval} (0 turns it off).
 */
@Component
class AnswerWarmUp {

	private static final Logger log = LoggerFactory.getLogger(AnswerWarmUp.class);

	private final ExecutionGraphQlService graphQl;

	private final AnswerCache answers;

	private final DatasetState dataset;

	private final Duration interval;

	private final String document;

	/** Each operation's name, with the names of its variables. */
	private final Map<String, List<String>> operations;

	private final NamedQueries queries;

	private final Today today;

	private ScheduledExecutorService scheduler;

	/** The state of the data the answers were last asked for. */
	private Object warmedFor;

	AnswerWarmUp(ExecutionGraphQlService graphQl, AnswerCache answers, DatasetState dataset, NamedQueries queries,
			Today today, @Value("${kb.analytics.warm-up-interval:10s}") Duration interval) {
		this.graphQl = graphQl;
		this.queries = queries;
		this.today = today;
		this.answers = answers;
		this.dataset = dataset;
		this.interval = interval;
		try {
			this.document = new ClassPathResource("analytics/warm-up.graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.operations = new LinkedHashMap<>();
		Parser.parse(this.document)
			.getDefinitionsOfType(OperationDefinition.class)
			.forEach(operation -> this.operations.put(operation.getName(),
					operation.getVariableDefinitions().stream().map(VariableDefinition::getName).toList()));
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.interval.isZero() || !this.answers.keepsAnswers()) {
			return;
		}
		this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "answer-warm-up");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::warmUpIfChanged, 0, this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

	private void warmUpIfChanged() {
		try {
			if (this.dataset.phase() == DatasetState.Phase.READY
					&& !Objects.equals(this.answers.state(), this.warmedFor)) {
				this.warmedFor = warmUp();
			}
		}
		catch (RuntimeException ex) {
			// Tried again at the next check: a failed warm-up costs only time.
			log.warn("Analytic answers not warmed up: {}", ex.getMessage());
		}
	}

	/**
	 * Asks each question once; one whose arguments the data has none for (no customer
	 * with suppliers, say) is left out.
	 * @return the state of the data before the first: a write meanwhile means another
	 * round; null when stopped before the last, as the server stops
	 */
	Object warmUp() {
		// Stopping interrupts this thread: each question left would fail on it and log
		// its stack trace.
		if (Thread.currentThread().isInterrupted()) {
			return null;
		}
		Object state = this.answers.state();
		long started = System.nanoTime();
		Map<String, Object> arguments = arguments();
		int asked = 0;
		for (Map.Entry<String, List<String>> operation : this.operations.entrySet()) {
			if (Thread.currentThread().isInterrupted()) {
				log.info("Warm-up stopped before question {}", operation.getKey());
				return null;
			}
			if (!operation.getValue().stream().allMatch(name -> arguments.get(name) != null)) {
				continue;
			}
			long asking = System.nanoTime();
			ExecutionGraphQlResponse response = this.graphQl
				.execute(new DefaultExecutionGraphQlRequest(this.document, operation.getKey(), arguments, null,
						UUID.randomUUID().toString(), Locale.ROOT))
				.block();
			if (response == null || !response.getErrors().isEmpty()) {
				log.warn("Warm-up question {} failed: {}", operation.getKey(),
						(response == null) ? "no answer" : response.getErrors());
			}
			log.debug("Warm-up question {} answered in {} ms", operation.getKey(),
					Duration.ofNanos(System.nanoTime() - asking).toMillis());
			asked++;
		}
		log.info("Analytic answers warmed up in {} ms ({} questions, {} without arguments in the data)",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), asked, this.operations.size() - asked);
		return state;
	}

	/**
	 * The warm-up's variables: two firms and an HS code from the data, the next 30 days.
	 */
	Map<String, Object> arguments() {
		Map<String, Object> arguments = new HashMap<>(this.queries.run("warm-up-arguments", Map.of()).get(0));
		LocalDate today = this.today.date();
		arguments.put("from", today.toString());
		arguments.put("to", today.plusDays(30).toString());
		return arguments;
	}

}
