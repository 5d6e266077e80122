/**
 * Who may ask: open reads on loopback by default; API keys with reader and admin roles,
 * CORS and security headers when the server is shared.
 */
package io.littlegiants.kb.security;
