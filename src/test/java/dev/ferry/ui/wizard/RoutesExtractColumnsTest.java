package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.domain.ShardMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routes page: editing a route's extract-table / extract-schema / extract-source columns. */
class RoutesExtractColumnsTest {

  @TempDir Path home;

  private static RouteRow mergeOrders(RoutesPageViewModel routes) {
    RouteRow r = routes.add();
    r.schemaPatternProperty().set("shop_*");
    r.tablePatternProperty().set("orders");
    r.targetSchemaProperty().set("shop");
    r.targetTableProperty().set("orders");
    return r;
  }

  @Test
  void extractColumnsGoIntoTheRuleAndThePreview() {
    WizardFixture f = new WizardFixture(home).withTables();
    RoutesPageViewModel routes = f.wizard.routes();
    f.wizard.project().shardModeProperty().set(ShardMode.PESSIMISTIC);
    RouteRow r = mergeOrders(routes);
    r.extraction(ExtractColumnRow.Kind.SCHEMA).regexpProperty().set("shop_(.*)");
    r.extraction(ExtractColumnRow.Kind.SCHEMA).targetColumnProperty().set("c_shard");
    r.extraction(ExtractColumnRow.Kind.SOURCE).regexpProperty().set("mysql-(.*)");
    r.extraction(ExtractColumnRow.Kind.SOURCE).targetColumnProperty().set("c_source");

    RouteRule rule = routes.rules().get(r.nameProperty().get());
    assertThat(rule.extractTable()).isNull();
    assertThat(rule.extractSchema()).isEqualTo(new Extraction("shop_(.*)", "c_shard"));
    assertThat(rule.extractSource()).isEqualTo(new Extraction("mysql-(.*)", "c_source"));
    assertThat(r.extractSummaryProperty().get())
        .isEqualTo("c_shard ← schema name, c_source ← source id");

    assertThat(routes.preview())
        .filteredOn(p -> p.source().equals("shop_02.orders"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.target()).isEqualTo("shop.orders");
              assertThat(p.extraColumns()).isEqualTo("c_shard='02', c_source='01'");
              assertThat(p.status()).isEqualTo(PreviewRow.Status.MERGED);
            });
    assertThat(routes.preview())
        .filteredOn(p -> p.source().startsWith("crm."))
        .allMatch(p -> p.extraColumns().isEmpty());
    assertThat(routes.isValid()).isTrue();
    assertThat(f.wizard.toTaskConfig().rules().routes().get(r.nameProperty().get()))
        .isEqualTo(rule);
  }

  @Test
  void eachExtractColumnIsValidatedInline() {
    WizardFixture f = new WizardFixture(home).withTables();
    RoutesPageViewModel routes = f.wizard.routes();
    f.wizard.project().shardModeProperty().set(ShardMode.PESSIMISTIC);
    RouteRow r = mergeOrders(routes);
    ExtractColumnRow table = r.extraction(ExtractColumnRow.Kind.TABLE);
    ExtractColumnRow schema = r.extraction(ExtractColumnRow.Kind.SCHEMA);

    table.regexpProperty().set("orders_(.*");
    assertThat(table.errorProperty().get()).startsWith("The table-regexp is not valid");
    assertThat(r.errorProperty().get()).startsWith("Extract columns: extract-table:");
    assertThat(routes.isValid()).isFalse();

    table.regexpProperty().set("(?=x)orders");
    assertThat(table.errorProperty().get()).contains("RE2").contains("look-ahead");

    table.regexpProperty().set("orders_(.*)");
    assertThat(table.errorProperty().get()).startsWith("Name the target column");
    table.targetColumnProperty().set("c_table");
    assertThat(table.errorProperty().get()).isEmpty();

    schema.targetColumnProperty().set("C_TABLE");
    assertThat(schema.errorProperty().get()).startsWith("Enter the schema-regexp");
    schema.regexpProperty().set("shop_(.*)");
    assertThat(schema.errorProperty().get())
        .isEqualTo("Another extract column of this rule already writes to C_TABLE.");
    schema.targetColumnProperty().set("x".repeat(65));
    assertThat(schema.errorProperty().get()).contains("at most 64");
    schema.targetColumnProperty().set("c_schema");

    assertThat(r.errorProperty().get()).isEmpty();
    assertThat(routes.isValid()).isTrue();

    schema.regexpProperty().set(" ");
    schema.targetColumnProperty().set("");
    assertThat(routes.rules().get(r.nameProperty().get()).extractSchema())
        .as("blank fields mean unset")
        .isNull();
  }

  @Test
  void extractColumnsOfAnOpenedProjectRoundTrip() {
    WizardFixture f = new WizardFixture(home).withTables();
    RouteRule loaded =
        new RouteRule(
            "shop_*",
            "orders_*",
            "shop",
            "orders",
            new Extraction("orders_(.*)", "c_table"),
            null,
            new Extraction("(.*)", "c_source"));
    RoutesPageViewModel routes = f.wizard.routes();
    routes.load(java.util.Map.of("merge", loaded));
    RouteRow row = routes.routes().get(0);
    assertThat(row.extraction(ExtractColumnRow.Kind.TABLE).regexpProperty().get())
        .isEqualTo("orders_(.*)");
    assertThat(row.extraction(ExtractColumnRow.Kind.SOURCE).targetColumnProperty().get())
        .isEqualTo("c_source");
    assertThat(routes.rules()).containsEntry("merge", loaded);
  }
}
