package dev.ferry.ui;

import dev.ferry.domain.Stage;
import dev.ferry.service.ResumableTask;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A task on the start page's resume list: its name and the stage it was left in, when and from
 * which project file, where a resume continues, and a Resume button.
 */
final class ResumeCell extends ListCell<ResumableTask> {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final Consumer<ResumableTask> resume;

  ResumeCell(Consumer<ResumableTask> resume) {
    this.resume = resume;
    setPrefWidth(0); // as wide as the list, never wider: a long name gives way, Resume stays
  }

  @Override
  protected void updateItem(ResumableTask t, boolean empty) {
    super.updateItem(t, empty);
    setText(null);
    if (empty || t == null) {
      setGraphic(null);
      return;
    }
    Label name = new Label(t.name());
    name.getStyleClass().add("resume-name");
    name.setMinWidth(0);
    name.setTooltip(new Tooltip(t.name()));
    Label stage = new Label(MainWindowViewModel.resumeStageText(t.stage()));
    stage.getStyleClass().addAll("badge", badge(t.stage()));
    stage.setId("resume-stage-" + t.taskId());
    stage.setMinWidth(Region.USE_PREF_SIZE);
    HBox title = new HBox(10, name, stage);
    title.setAlignment(Pos.CENTER_LEFT);
    title.setMinWidth(0);
    Label detail =
        new Label(
            "Last active "
                + WHEN.format(t.updatedAt())
                + (t.projectFile() == null ? "" : " · " + t.projectFile().getFileName()));
    detail.getStyleClass().add("text-muted");
    detail.setId("resume-detail-" + t.taskId());
    detail.setMinWidth(0);
    if (t.projectFile() != null) {
      detail.setTooltip(new Tooltip(t.projectFile().toString()));
    }
    VBox text = new VBox(4, title, detail);
    if (t.checkpoint() != null) {
      Label checkpoint = new Label("Continues from " + t.checkpoint());
      checkpoint.getStyleClass().add("text-muted");
      checkpoint.setId("resume-checkpoint-" + t.taskId());
      checkpoint.setMinWidth(0);
      checkpoint.setGraphic(new FontIcon("fth-corner-down-right"));
      text.getChildren().add(checkpoint);
    }
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button button = new Button("Resume");
    button.setGraphic(new FontIcon("fth-play"));
    button.getStyleClass().add("accent");
    button.setId("resume-" + t.taskId());
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(e -> resume.accept(t));
    HBox row = new HBox(16, text, button);
    row.setAlignment(Pos.CENTER_LEFT);
    setGraphic(row);
  }

  private static String badge(Stage s) {
    return switch (s) {
      case FAILED -> "badge-error";
      case PAUSED, STOPPED, CHECKING, DUMPING, LOADING, SYNCING -> "badge-warning";
      default -> "badge-info";
    };
  }
}
