package dev.cloudabi.runner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package rules of the runner (docs/architecture.md). */
class RunnerArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importRunner() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cloudabi.runner");
  }

  @Test
  void theCliFrameworkIsUsedOnlyInTheCliPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.cloudabi.runner.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .because("the command line is a thin front end over the runner's services")
        .check(classes);
  }

  @Test
  void onlyTheCliPackageEndsTheJvm() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.cloudabi.runner.cli..")
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(classes);
  }

  @Test
  void theServicesDoNotDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.cloudabi.runner.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.cloudabi.runner.cli..")
        .check(classes);
  }
}
