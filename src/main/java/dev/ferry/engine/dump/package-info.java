/** The dump unit: consistent snapshot and chunked parallel reads. */
package dev.ferry.engine.dump;
