package io.littlegiants.kb.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.littlegiants.kb.common.AnswerCache;
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
 * Asks the analytic questions of {@code analytics/warm-up.graphql} (their default
 * arguments) in the background whenever the data has changed: after the start, after an
 * import, after a write by hand. Their answers are then kept ({@link AnswerCache}), and
 * the first analyst to ask does not wait for a scan of the whole graph (15-30 s at 1.1
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

	private final List<String> operations;

	private ScheduledExecutorService scheduler;

	/** The state of the data the answers were last asked for. */
	private Object warmedFor;

	AnswerWarmUp(ExecutionGraphQlService graphQl, AnswerCache answers, DatasetState dataset,
			@Value("${kb.analytics.warm-up-interval:10s}") Duration interval) {
		this.graphQl = graphQl;
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
		this.operations = Parser.parse(this.document)
			.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.map(OperationDefinition::getName)
			.toList();
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
	 * Asks each question once.
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
		for (String operation : this.operations) {
			if (Thread.currentThread().isInterrupted()) {
				log.info("Warm-up stopped before question {}", operation);
				return null;
			}
			ExecutionGraphQlResponse response = this.graphQl
				.execute(new DefaultExecutionGraphQlRequest(this.document, operation, null, null,
						UUID.randomUUID().toString(), Locale.ROOT))
				.block();
			if (response == null || !response.getErrors().isEmpty()) {
				log.warn("Warm-up question {} failed: {}", operation,
						(response == null) ? "no answer" : response.getErrors());
			}
		}
		log.info("Analytic answers warmed up in {} ms ({} questions)",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), this.operations.size());
		return state;
	}

}
