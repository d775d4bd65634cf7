/** The embedded H2 state store: the only package that touches H2. */
package dev.ferry.store;
