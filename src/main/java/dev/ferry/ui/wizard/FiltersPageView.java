package dev.ferry.ui.wizard;

import dev.ferry.config.rules.FilterAction;
import dev.ferry.ui.common.Forms;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Controller of {@code fxml/wizard/FiltersPageView.fxml}: one card per filter. */
public final class FiltersPageView {

  @FXML private VBox filterCards;
  @FXML private VBox expressionCards;
  @FXML private Label noFilters;
  @FXML private Label noExpressions;

  private FiltersPageViewModel vm;

  void bind(FiltersPageViewModel vm) {
    this.vm = vm;
    vm.filters().addListener((ListChangeListener<FilterRow>) c -> rebuild());
    vm.expressions().addListener((ListChangeListener<ExpressionRow>) c -> rebuild());
    noFilters.visibleProperty().bind(Bindings.isEmpty(vm.filters()));
    noFilters.managedProperty().bind(noFilters.visibleProperty());
    noExpressions.visibleProperty().bind(Bindings.isEmpty(vm.expressions()));
    noExpressions.managedProperty().bind(noExpressions.visibleProperty());
    rebuild();
  }

  private void rebuild() {
    filterCards.getChildren().setAll(vm.filters().stream().map(this::card).toList());
    expressionCards.getChildren().setAll(vm.expressions().stream().map(this::card).toList());
  }

  private Node card(FilterRow row) {
    TextField name = field(row.nameProperty(), "name");
    TextField schema = field(row.schemaPatternProperty(), "schema pattern, e.g. shop_*");
    TextField table = field(row.tablePatternProperty(), "table pattern (empty: schema level)");
    ComboBox<FilterAction> action = new ComboBox<>();
    action.getItems().setAll(FilterAction.values());
    action.valueProperty().bindBidirectional(row.actionProperty());
    FlowPane events = new FlowPane(12, 6);
    for (String e : FilterRow.EVENT_CHOICES) {
      CheckBox box = new CheckBox(e);
      box.setSelected(row.events().contains(e));
      box.selectedProperty()
          .addListener(
              (obs, was, now) -> {
                if (now) {
                  row.events().add(e);
                } else {
                  row.events().remove(e);
                }
              });
      row.events()
          .addListener((SetChangeListener<String>) c -> box.setSelected(row.events().contains(e)));
      events.getChildren().add(box);
    }
    TextArea sql = new TextArea();
    sql.setPromptText("SQL patterns, one regex per line, e.g. ^DROP\\s+TABLE");
    sql.setPrefRowCount(2);
    sql.getStyleClass().add("code");
    sql.textProperty().bindBidirectional(row.sqlPatternsProperty());
    Label error = new Label();
    Forms.bindError(error, row.errorProperty());
    Button remove = new Button("Remove");
    remove.setOnAction(e -> vm.remove(row));
    GridPane grid = grid();
    grid.addRow(0, label("Name"), name, label("Action"), action);
    grid.addRow(1, label("Schema"), schema, label("Table"), table);
    VBox card =
        new VBox(
            8,
            header(row.nameProperty().get(), remove),
            grid,
            label("Events"),
            events,
            label("SQL patterns"),
            sql,
            error);
    card.getStyleClass().add("card");
    card.setId("filter-" + row.nameProperty().get());
    return card;
  }

  private Node card(ExpressionRow row) {
    TextField name = field(row.nameProperty(), "name");
    TextField schema = field(row.schemaProperty(), "schema");
    TextField table = field(row.tableProperty(), "table");
    ComboBox<ExpressionRow.Kind> kind = new ComboBox<>();
    kind.getItems().setAll(ExpressionRow.Kind.values());
    kind.valueProperty().bindBidirectional(row.kindProperty());
    TextField expression =
        field(row.expressionProperty(), "e.g. c_status = 'deleted' AND c_amount < 0");
    expression.getStyleClass().add("code");
    expression.setId("expression-" + row.nameProperty().get());
    Label error = new Label();
    Forms.bindError(error, row.errorProperty());
    Button remove = new Button("Remove");
    remove.setOnAction(e -> vm.remove(row));
    GridPane grid = grid();
    grid.addRow(0, label("Name"), name, label("Row change"), kind);
    grid.addRow(1, label("Schema"), schema, label("Table"), table);
    Label hint = new Label("Rows for which the expression is TRUE are not replicated.");
    hint.getStyleClass().add("field-hint");
    VBox card =
        new VBox(
            8,
            header(row.nameProperty().get(), remove),
            grid,
            label("Expression"),
            expression,
            hint,
            error);
    card.getStyleClass().add("card");
    return card;
  }

  private static HBox header(String title, Button remove) {
    Label t = new Label(title);
    t.getStyleClass().add("text-bold");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    return new HBox(8, t, gap, remove);
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(6);
    return g;
  }

  private static TextField field(javafx.beans.property.StringProperty p, String prompt) {
    TextField f = new TextField();
    f.setPromptText(prompt);
    f.textProperty().bindBidirectional(p);
    HBox.setHgrow(f, Priority.ALWAYS);
    return f;
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("field-label");
    return l;
  }

  @FXML
  void onArchive() {
    vm.addArchivePreset();
  }

  @FXML
  void onAddFilter() {
    vm.addFilter();
  }

  @FXML
  void onAddExpression() {
    vm.addExpression();
  }
}
