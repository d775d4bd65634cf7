package dev.ferry.ui.wizard;

import dev.ferry.domain.ShardMode;
import dev.ferry.ui.common.Forms;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Controller of {@code fxml/wizard/RoutesPageView.fxml}: rule editor and live preview. */
public final class RoutesPageView {

  @FXML private TableView<RouteRow> routeTable;
  @FXML private TableColumn<RouteRow, String> nameColumn;
  @FXML private TableColumn<RouteRow, String> schemaColumn;
  @FXML private TableColumn<RouteRow, String> tableColumn;
  @FXML private TableColumn<RouteRow, String> targetSchemaColumn;
  @FXML private TableColumn<RouteRow, String> targetTableColumn;
  @FXML private TableColumn<RouteRow, String> extractColumn;
  @FXML private TableColumn<RouteRow, String> problemColumn;
  @FXML private VBox extractPane;
  @FXML private Label extractTitle;
  @FXML private GridPane extractGrid;
  @FXML private Label extractPlaceholder;
  @FXML private VBox shardBanner;
  @FXML private Label previewSummary;
  @FXML private TableView<PreviewRow> previewTable;
  @FXML private TableColumn<PreviewRow, String> previewSourceIdColumn;
  @FXML private TableColumn<PreviewRow, String> previewSourceColumn;
  @FXML private TableColumn<PreviewRow, String> previewArrowColumn;
  @FXML private TableColumn<PreviewRow, String> previewTargetColumn;
  @FXML private TableColumn<PreviewRow, String> previewRuleColumn;
  @FXML private TableColumn<PreviewRow, String> previewExtraColumn;
  @FXML private TableColumn<PreviewRow, String> previewStatusColumn;

  private RoutesPageViewModel vm;

  void bind(RoutesPageViewModel vm) {
    this.vm = vm;
    routeTable.setItems(vm.routes());
    editable(nameColumn, RouteRow::nameProperty);
    editable(schemaColumn, RouteRow::schemaPatternProperty);
    editable(tableColumn, RouteRow::tablePatternProperty);
    editable(targetSchemaColumn, RouteRow::targetSchemaProperty);
    editable(targetTableColumn, RouteRow::targetTableProperty);
    extractColumn.setCellValueFactory(c -> c.getValue().extractSummaryProperty());
    problemColumn.setCellValueFactory(c -> c.getValue().errorProperty());
    routeTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, was, now) -> showExtractions(now));
    showExtractions(null);
    problemColumn.setEditable(false);
    problemColumn.setCellFactory(c -> tipCell());
    extractColumn.setCellFactory(c -> tipCell());
    problemColumn.getStyleClass().add("problem-column");
    shardBanner.visibleProperty().bind(vm.mergeFoundProperty());
    shardBanner.managedProperty().bind(shardBanner.visibleProperty());

    previewTable.setItems(vm.preview());
    text(previewSourceIdColumn, PreviewRow::sourceId);
    text(previewSourceColumn, PreviewRow::source);
    text(previewArrowColumn, r -> "→");
    text(previewTargetColumn, PreviewRow::target);
    text(previewRuleColumn, PreviewRow::rule);
    text(previewExtraColumn, PreviewRow::extraColumns);
    text(
        previewStatusColumn,
        r ->
            mark(r.status())
                + " "
                + r.status().label()
                + (r.message().isEmpty() ? "" : " — " + r.message()));
    previewStatusColumn.setCellFactory(c -> tipCell());
    previewExtraColumn.setCellFactory(c -> tipCell());
    previewTable.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("conflict-row", "merged-row");
                if (!empty && row != null && row.status() == PreviewRow.Status.CONFLICT) {
                  getStyleClass().add("conflict-row");
                } else if (!empty && row != null && row.status() == PreviewRow.Status.MERGED) {
                  getStyleClass().add("merged-row");
                }
              }
            });
    previewSummary
        .textProperty()
        .bind(Bindings.createStringBinding(this::summary, vm.preview(), vm.shardModeProperty()));
  }

  /** The extract-column fields of {@code row} (none selected: a hint). */
  private void showExtractions(RouteRow row) {
    extractGrid.getChildren().clear();
    extractGrid.setVisible(row != null);
    extractGrid.setManaged(row != null);
    extractPlaceholder.setVisible(row == null);
    extractPlaceholder.setManaged(row == null);
    extractTitle.textProperty().unbind();
    if (row == null) {
      extractTitle.setText("Extract columns");
      return;
    }
    extractTitle.textProperty().bind(Bindings.concat("Extract columns of ", row.nameProperty()));
    int line = 0;
    for (ExtractColumnRow x : row.extractions()) {
      String id = x.kind().name().toLowerCase(java.util.Locale.ROOT);
      Label label = new Label(x.kind().label());
      label.getStyleClass().add("field-label");
      TextField regex = new TextField();
      regex.setId("extract-" + id + "-regexp");
      regex.getStyleClass().add("code");
      regex.setPromptText(x.kind().regexKey() + ", e.g. " + x.kind().exampleRegex());
      regex.textProperty().bindBidirectional(x.regexpProperty());
      TextField column = new TextField();
      column.setId("extract-" + id + "-column");
      column.setPromptText("column, e.g. " + x.kind().exampleColumn());
      column.textProperty().bindBidirectional(x.targetColumnProperty());
      Label arrow = new Label("→");
      Label error = new Label();
      Forms.bindError(error, x.errorProperty());
      error.setWrapText(true);
      extractGrid.addRow(line++, label, regex, arrow, column);
      extractGrid.add(error, 1, line++, 3, 1);
    }
  }

  /** A text cell whose whole text is also its tooltip (for text the column cuts off). */
  private static <S> TableCell<S, String> tipCell() {
    return new TableCell<>() {
      @Override
      protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean none = empty || text == null || text.isEmpty();
        setText(none ? null : text);
        setTooltip(none ? null : new Tooltip(text));
      }
    };
  }

  private String summary() {
    long conflicts =
        vm.preview().stream().filter(r -> r.status() == PreviewRow.Status.CONFLICT).count();
    long renamed =
        vm.preview().stream()
            .filter(
                r ->
                    r.status() == PreviewRow.Status.RENAMED
                        || r.status() == PreviewRow.Status.MERGED)
            .count();
    return vm.preview().size()
        + " table(s) · "
        + renamed
        + " renamed or merged · "
        + conflicts
        + " conflict(s) · shard mode: "
        + (vm.shardModeProperty().get() == ShardMode.NONE
            ? "off"
            : vm.shardModeProperty().get().dmName());
  }

  private static String mark(PreviewRow.Status s) {
    return switch (s) {
      case SAME_NAME -> "✓";
      case RENAMED -> "→";
      case MERGED -> "⇉";
      case CONFLICT -> "✗";
    };
  }

  private static void editable(
      TableColumn<RouteRow, String> column,
      Function<RouteRow, javafx.beans.property.StringProperty> property) {
    column.setCellValueFactory(c -> property.apply(c.getValue()));
    column.setCellFactory(TextFieldTableCell.forTableColumn());
    column.setOnEditCommit(e -> property.apply(e.getRowValue()).set(e.getNewValue()));
  }

  private static void text(
      TableColumn<PreviewRow, String> column, Function<PreviewRow, String> value) {
    column.setCellValueFactory(
        c -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(c.getValue())));
  }

  @FXML
  void onAdd() {
    RouteRow row = vm.add();
    routeTable.getSelectionModel().select(row);
    routeTable.edit(vm.routes().indexOf(row), schemaColumn);
  }

  @FXML
  void onRemove() {
    RouteRow row = routeTable.getSelectionModel().getSelectedItem();
    if (row != null) {
      vm.remove(row);
    }
  }

  @FXML
  void onPessimistic() {
    vm.useShardMode(ShardMode.PESSIMISTIC);
  }

  @FXML
  void onOptimistic() {
    vm.useShardMode(ShardMode.OPTIMISTIC);
  }
}
