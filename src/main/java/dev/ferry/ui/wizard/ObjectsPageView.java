package dev.ferry.ui.wizard;

import dev.ferry.ui.common.Formats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.VBox;

/** Controller of {@code fxml/wizard/ObjectsPageView.fxml}: schemas → tables with check boxes. */
public final class ObjectsPageView {

  @FXML private TextField searchField;
  @FXML private ProgressIndicator loadingIndicator;
  @FXML private Label loadStatus;
  @FXML private TreeView<String> objectTree;
  @FXML private Label selectionSummary;
  @FXML private javafx.scene.control.CheckBox rulesModeBox;
  @FXML private VBox rulesEditor;
  @FXML private TextArea ruleLinesArea;

  private ObjectsPageViewModel vm;

  void bind(ObjectsPageViewModel vm) {
    this.vm = vm;
    searchField.textProperty().bindBidirectional(vm.searchProperty());
    loadingIndicator.visibleProperty().bind(vm.loadingProperty());
    loadStatus.textProperty().bind(vm.statusProperty());
    objectTree.setCellFactory(CheckBoxTreeCell.forTreeView());
    rulesModeBox.selectedProperty().bindBidirectional(vm.rulesModeProperty());
    ruleLinesArea.textProperty().bindBidirectional(vm.ruleLinesProperty());
    rulesEditor.visibleProperty().bind(vm.rulesModeProperty());
    rulesEditor.managedProperty().bind(vm.rulesModeProperty());
    objectTree.disableProperty().bind(vm.rulesModeProperty());
    vm.tables().addListener((ListChangeListener<TableNode>) c -> rebuild());
    vm.searchProperty().addListener(x -> rebuild());
    vm.rulesTextProperty().addListener(x -> summarise());
    rebuild();
  }

  /** The generated rules, for the context panel. */
  Node contextNode() {
    Label title = new Label("Generated rules (DM block-allow-list)");
    title.getStyleClass().add("text-bold");
    title.setWrapText(true);
    title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    TextArea rules = new TextArea();
    rules.setId("rulesText");
    rules.setEditable(false);
    rules.getStyleClass().add("code");
    rules.textProperty().bind(vm.rulesTextProperty());
    VBox.setVgrow(rules, javafx.scene.layout.Priority.ALWAYS);
    return new VBox(6, title, rules);
  }

  private void rebuild() {
    CheckBoxTreeItem<String> root = new CheckBoxTreeItem<>("all");
    Map<String, Map<String, List<TableNode>>> bySource = new LinkedHashMap<>();
    for (TableNode t : vm.tables()) {
      if (vm.matches(t)) {
        bySource
            .computeIfAbsent(t.sourceId(), s -> new LinkedHashMap<>())
            .computeIfAbsent(t.table().schema(), s -> new java.util.ArrayList<>())
            .add(t);
      }
    }
    boolean several = bySource.size() > 1;
    bySource.forEach(
        (sourceId, schemas) -> {
          TreeItem<String> parent = root;
          if (several) {
            CheckBoxTreeItem<String> s = new CheckBoxTreeItem<>("source " + sourceId);
            s.setExpanded(true);
            root.getChildren().add(s);
            parent = s;
          }
          for (Map.Entry<String, List<TableNode>> e : schemas.entrySet()) {
            long rows = e.getValue().stream().mapToLong(TableNode::rows).sum();
            long bytes = e.getValue().stream().mapToLong(TableNode::bytes).sum();
            CheckBoxTreeItem<String> schema =
                new CheckBoxTreeItem<>(
                    e.getKey()
                        + "    "
                        + e.getValue().size()
                        + " tables · ~"
                        + Formats.shortCount(rows)
                        + " rows · "
                        + Formats.bytes(bytes));
            schema.setExpanded(true);
            for (TableNode t : e.getValue()) {
              CheckBoxTreeItem<String> leaf =
                  new CheckBoxTreeItem<>(
                      t.table().table()
                          + "    ~"
                          + Formats.shortCount(t.rows())
                          + " rows · "
                          + Formats.bytes(t.bytes()));
              leaf.setSelected(t.isSelected());
              leaf.selectedProperty().bindBidirectional(t.selectedProperty());
              schema.getChildren().add(leaf);
            }
            parent.getChildren().add(schema);
          }
        });
    root.setExpanded(true);
    objectTree.setRoot(root);
    summarise();
  }

  private void summarise() {
    selectionSummary.setText(
        vm.isLoaded()
            ? Formats.count(vm.selectedCount())
                + " of "
                + Formats.count(vm.tables().size())
                + " tables ticked · ~"
                + Formats.shortCount(vm.selectedRows())
                + " rows · "
                + Formats.bytes(vm.selectedBytes())
            : "");
  }

  @FXML
  void onTick() {
    vm.selectMatching(true);
  }

  @FXML
  void onClear() {
    vm.selectMatching(false);
  }

  @FXML
  void onReload() {
    vm.load();
  }
}
