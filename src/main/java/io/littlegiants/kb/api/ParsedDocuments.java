package io.littlegiants.kb.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the documents that parsed and validated, by their text, so that a request sent
 * again (an application's, a notebook's loop, a page after page) skips both: under JFR
 * they were a tenth of the request thread's samples for a firm with its suppliers and
 * customers. A document with errors is never kept, so its errors are always reported
 * afresh, in the request's own words.
 *
 * <p>
 * Nothing a request's variables decide is kept: the depth and cost limits are checked
 * when each request's operation begins (graphql-java's limit instrumentations run there,
 * with the variables), and the alias limit depends on the text alone. The cache is
 * bounded by the total length of the texts it holds, so that many distinct large
 * documents cannot fill the heap.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> documents;

	/**
	 * @param maxCharacters the most characters of document text kept (0 keeps none)
	 */
	ParsedDocuments(long maxCharacters) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(maxCharacters)
			.weigher((String text, PreparsedDocumentEntry entry) -> text.length())
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry kept = this.documents.getIfPresent(text);
		if (kept != null) {
			return CompletableFuture.completedFuture(kept);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.documents.put(text, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are kept; for tests. */
	long size() {
		this.documents.cleanUp();
		return this.documents.estimatedSize();
	}

}
