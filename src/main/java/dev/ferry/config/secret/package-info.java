/**
 * Passwords at run time: {@link dev.ferry.config.secret.SecretResolver} turns a {@code Secret}
 * (ask, environment variable, remembered) into a password; {@link
 * dev.ferry.config.secret.SecretStore} keeps remembered ones encrypted on this machine.
 */
package dev.ferry.config.secret;
