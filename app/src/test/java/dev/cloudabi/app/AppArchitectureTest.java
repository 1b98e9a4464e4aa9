package dev.cloudabi.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI rules of docs/architecture.md and STYLE.md, checked on the app's classes. */
class AppArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importApp() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cloudabi.app");
  }

  @Test
  void viewModelsHoldNoSceneGraphTypes() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx.scene..")
        .because("view models are tested with plain JUnit (MVVM, STYLE.md)")
        .check(classes);
  }

  @Test
  void inspectorPanelsDoNotReferenceEachOther() {
    slices()
        .matching("dev.cloudabi.app.inspector.(*)..")
        .should()
        .notDependOnEachOther()
        .because("panels talk through shared state and the event bus (STYLE.md)")
        .check(classes);
  }

  @Test
  void noInlineStyles() {
    noClasses()
        .should()
        .callMethod(Node.class, "setStyle", String.class)
        .because("styles come from the theme and the CSS class constants of Css")
        .check(classes);
  }
}
