/** Use cases shared by the UI and the CLI. */
package dev.ferry.service;
