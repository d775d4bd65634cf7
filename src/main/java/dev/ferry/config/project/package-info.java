/**
 * Project files ({@code .ferry}, JSON): {@link dev.ferry.config.project.ProjectFiles} opens and
 * saves them atomically, {@link dev.ferry.config.project.ProjectJson} defines the format and its
 * versions. Passwords appear only as references; see decision record 0004.
 */
package dev.ferry.config.project;
