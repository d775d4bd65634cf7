/** Connections, server probing, quoting and value codecs. */
package dev.ferry.engine.db;
