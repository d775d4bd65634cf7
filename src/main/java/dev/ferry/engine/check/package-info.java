/** The precheck unit. */
package dev.ferry.engine.check;
