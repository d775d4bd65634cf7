/** The picocli command line. */
package dev.ferry.cli;
