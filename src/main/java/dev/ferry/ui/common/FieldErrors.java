package dev.ferry.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inline validation messages of one form: one message per field ("" when the field is fine) and
 * whether any remain. Views bind a label under each field to {@link #message(String)}.
 */
public final class FieldErrors {

  private final Map<String, ReadOnlyStringWrapper> messages = new LinkedHashMap<>();
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

  /** The message of {@code field}, "" when there is none. */
  public ReadOnlyStringProperty message(String field) {
    return wrapper(field).getReadOnlyProperty();
  }

  /** Replaces every message: fields missing from {@code current} are cleared. */
  public void setAll(Map<String, String> current) {
    for (Map.Entry<String, ReadOnlyStringWrapper> e : messages.entrySet()) {
      if (!current.containsKey(e.getKey())) {
        e.getValue().set("");
      }
    }
    current.forEach((field, text) -> wrapper(field).set(text == null ? "" : text));
    valid.set(messages.values().stream().allMatch(m -> m.get().isEmpty()));
  }

  /** The current message of {@code field}, "" when none. */
  public String get(String field) {
    return wrapper(field).get();
  }

  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  public boolean isValid() {
    return valid.get();
  }

  private ReadOnlyStringWrapper wrapper(String field) {
    return messages.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
  }
}
