package io.littlegiants.kb.common;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether an address a server listens on is reachable only from this machine.
 */
public final class Loopback {

	private Loopback() {
	}

	/**
	 * True for 127.0.0.0/8, ::1 and localhost; false for anything else, the wildcard
	 * addresses (0.0.0.0, ::) included, and for a name that does not resolve.
	 */
	public static boolean isLoopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address.strip()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
