package dev.cloudabi.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph of docs/architecture.md, checked on the compiled classes of every module (the
 * app sees them all on its class path). The Maven Enforcer checks the same graph on the POMs.
 */
class ModuleGraphArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importAll() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cloudabi");
  }

  @Test
  void libraryModulesDoNotUseJavaFx() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.cloudabi.argdata..",
            "dev.cloudabi.elf..",
            "dev.cloudabi.emulator..",
            "dev.cloudabi.runner..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..", "org.kordamp.ikonli..")
        .because("library modules are shared by the CLI and the app (docs/architecture.md)")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void nothingOutsideTheAppDependsOnTheApp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.cloudabi.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.cloudabi.app..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void argdataAndElfInspectorUseOnlyTheJdk() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.cloudabi.argdata..", "dev.cloudabi.elf..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "dev.cloudabi.argdata..", "dev.cloudabi.elf..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
