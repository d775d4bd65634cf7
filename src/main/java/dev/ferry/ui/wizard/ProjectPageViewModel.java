package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import dev.ferry.ui.common.FieldErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Step 1: the task's name and mode. */
public final class ProjectPageViewModel extends PageViewModel {

  public static final String NAME = "name";

  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<TaskMode> mode = new SimpleObjectProperty<>(TaskMode.ALL);
  private final ObjectProperty<ShardMode> shardMode = new SimpleObjectProperty<>(ShardMode.NONE);
  private final FieldErrors errors = new FieldErrors();

  public ProjectPageViewModel() {
    watch(name, mode, shardMode);
  }

  /** One line on what a mode does. */
  public static String explain(TaskMode m) {
    return switch (m) {
      case FULL ->
          "Copy the tables once (snapshot, then load) and finish. Nothing is synced afterwards.";
      case INCREMENTAL -> "Only replay the binlog from a start position or checkpoint; no copy.";
      case ALL ->
          "Copy the tables, then keep the target in sync from the binlog until you cut over.";
    };
  }

  /** The inline note shown while shard merge is on: Ferry does not coordinate shard DDL yet. */
  public static final String SHARD_DDL_NOTE =
      "DDL coordination across shards is not supported yet — see the precheck.";

  /**
   * {@link #SHARD_DDL_NOTE} when shard-mode is pessimistic or optimistic and the task syncs (a
   * {@code full} task replicates no DDL), else empty.
   */
  public StringBinding shardDdlNote() {
    return Bindings.createStringBinding(
        () ->
            shardMode.get() != ShardMode.NONE && mode.get().hasSync() ? SHARD_DDL_NOTE : "",
        shardMode,
        mode);
  }

  public StringBinding modeExplanation() {
    return Bindings.createStringBinding(() -> explain(mode.get()), mode);
  }

  @Override
  public String title() {
    return "Project";
  }

  @Override
  public String help() {
    return "Name the task and choose what it does. The name identifies the task in the state store,"
        + " the logs and a DM export.";
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    Map<String, String> m = new LinkedHashMap<>();
    String n = name.get().trim();
    if (n.isEmpty()) {
      m.put(NAME, "Give the task a name.");
    } else if (!n.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      m.put(NAME, "Use letters, digits, '-', '_' and '.', starting with a letter or digit.");
    } else if (n.length() > 64) {
      m.put(NAME, "Use at most 64 characters.");
    }
    problems.stream()
        .filter(p -> p.isError() && p.path().equals("name"))
        .findFirst()
        .ifPresent(p -> m.putIfAbsent(NAME, p.message()));
    errors.setAll(m);
    setValid(m.isEmpty());
  }

  public FieldErrors errors() {
    return errors;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public ObjectProperty<TaskMode> modeProperty() {
    return mode;
  }

  /** Chosen on the Routes page when routes merge shards. */
  public ObjectProperty<ShardMode> shardModeProperty() {
    return shardMode;
  }
}
