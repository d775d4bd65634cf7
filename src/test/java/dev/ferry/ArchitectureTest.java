package dev.ferry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md §2. Every new package must fit one of the layers below. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            // not Predefined.DO_NOT_INCLUDE_TESTS: it only knows target/test-classes, and builds
            // may use another directory (-Dferry.build.dir)
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.ferry");
  }

  @Test
  void onlyTheUiUsesJavaFx() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ferry.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
        .because("the engine, rules, config and store must run headless from the CLI and JUnit")
        .check(classes);
  }

  @Test
  void onlyMainUsesTheUi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ferry.ui..")
        .and()
        .doNotHaveFullyQualifiedName("dev.ferry.Main")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.ferry.ui..")
        .because("nothing below the UI may know about screens; only the entry point launches them")
        .check(classes);
  }

  @Test
  void onlyMainUsesTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ferry.cli..")
        .and()
        .doNotHaveFullyQualifiedName("dev.ferry.Main")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.ferry.cli..")
        .because("the CLI is a front end like the UI; nothing else may depend on it")
        .check(classes);
  }

  @Test
  void frontEndsUseOnlyTheEngineApi() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.ferry.ui..", "dev.ferry.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.ferry.engine.run..",
            "dev.ferry.engine.db..",
            "dev.ferry.engine.check..",
            "dev.ferry.engine.dump..",
            "dev.ferry.engine.load..",
            "dev.ferry.engine.sync..",
            "dev.ferry.engine.ddl..")
        .because(
            "the UI and the CLI drive the engine through its public API in dev.ferry.engine only")
        .check(classes);
  }

  @Test
  void onlyTheStoreUsesH2() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ferry.store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.h2..")
        .because("the state store owns the H2 schema and its migrations")
        .check(classes);
  }

  @Test
  void onlyTheSyncUnitUsesTheBinlogLibrary() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ferry.engine.sync..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.github.shyiko.mysql.binlog..")
        .because("binlog decoding is lossy by default; one package owns it and decodes exactly")
        .check(classes);
  }

  @Test
  void layersDependOnlyDownwards() {
    ArchRule layers =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Main")
            .definedBy("dev.ferry")
            .layer("Domain")
            .definedBy("dev.ferry.domain..")
            .layer("Config")
            .definedBy("dev.ferry.config..")
            .layer("Rules")
            .definedBy("dev.ferry.rules..")
            .layer("Store")
            .definedBy("dev.ferry.store..")
            .layer("EngineApi")
            .definedBy("dev.ferry.engine")
            .layer("EngineDb")
            .definedBy("dev.ferry.engine.db..")
            .layer("EngineUnits")
            .definedBy(
                "dev.ferry.engine.run..",
                "dev.ferry.engine.check..",
                "dev.ferry.engine.dump..",
                "dev.ferry.engine.load..",
                "dev.ferry.engine.sync..",
                "dev.ferry.engine.ddl..")
            .layer("Service")
            .definedBy("dev.ferry.service..")
            .layer("Ui")
            .definedBy("dev.ferry.ui..")
            .layer("Cli")
            .definedBy("dev.ferry.cli..")
            .whereLayer("Ui")
            .mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Cli")
            .mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Service")
            .mayOnlyBeAccessedByLayers("Ui", "Cli", "Main")
            .whereLayer("EngineApi")
            .mayOnlyBeAccessedByLayers("Service", "Ui", "Cli", "EngineUnits", "EngineDb")
            .whereLayer("EngineUnits")
            .mayOnlyBeAccessedByLayers("EngineApi", "EngineUnits")
            .whereLayer("EngineDb")
            .mayOnlyBeAccessedByLayers("EngineApi", "EngineUnits")
            .whereLayer("Store")
            .mayOnlyBeAccessedByLayers("EngineApi", "EngineUnits", "Service")
            .whereLayer("Rules")
            .mayOnlyBeAccessedByLayers("EngineApi", "EngineUnits", "Service", "Ui")
            .whereLayer("Config")
            .mayOnlyBeAccessedByLayers(
                "Rules",
                "Store",
                "EngineApi",
                "EngineDb",
                "EngineUnits",
                "Service",
                "Ui",
                "Cli",
                "Main")
            .because(
                "dependencies point down: front ends → service → engine → store/rules → config → domain");
    layers.check(classes);
  }

  @Test
  void domainDependsOnTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.ferry.domain..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "dev.ferry.domain..")
        .because("domain values are plain records and enums that every layer can share")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    // One slice per top-level package: inside the engine, the API package creates the units and
    // the units report through API types (FerryException, MigrationListener) by design; the
    // layered rule above keeps those directions in check.
    slices()
        .matching("dev.ferry.(*)..")
        .should()
        .beFreeOfCycles()
        .because("cycles make packages impossible to understand or test on their own")
        .check(classes);
  }

  @Test
  void onlyTheCliWritesToTheConsole() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ferry.cli..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("logging goes through slf4j to $FERRY_HOME/logs; only the CLI prints for the user")
        .check(classes);
  }

  @Test
  void loggingGoesThroughSlf4j() {
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
        .because("one logging facade, configured once in logback.xml")
        .check(classes);
  }
}
