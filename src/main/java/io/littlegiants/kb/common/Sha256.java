package io.littlegiants.kb.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest fed with text and streamed content, read as hex: what identifies a
 * dataset's content, an import run and the data version.
 */
public final class Sha256 {

	private final MessageDigest digest;

	public Sha256() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	public Sha256 text(String text) {
		this.digest.update(text.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** Adds the whole stream, read in chunks, and closes it. */
	public Sha256 content(InputStream input) {
		try (input; OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), this.digest)) {
			input.transferTo(sink);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the content to digest", ex);
		}
	}

	public String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
