/**
 * What the units share while a task runs: the unit contract, the progress registry, named
 * threads. Internal to the engine; the UI and CLI see only {@code dev.ferry.engine}.
 */
package dev.ferry.engine.run;
