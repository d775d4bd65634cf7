/** The load unit: parallel writes into the target. */
package dev.ferry.engine.load;
