package dev.ferry.ui.wizard;

/** One line of the Review page: a label and its value. */
public record SummaryLine(String label, String value) {}
