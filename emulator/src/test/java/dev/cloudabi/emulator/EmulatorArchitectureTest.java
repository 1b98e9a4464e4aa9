package dev.cloudabi.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package rules of the emulator (docs/architecture.md). */
@AnalyzeClasses(
    packages = "dev.cloudabi.emulator",
    importOptions = ImportOption.DoNotIncludeTests.class)
class EmulatorArchitectureTest {
  /** Only the public API of the unicorn package is used; its internals stay inside. */
  @ArchTest
  static final ArchRule unicornInternalsStayInTheBinding =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.cloudabi.emulator.unicorn..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("UnicornLibrary")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleName("RegisterIds");

  /** The FFM linker (native calls) is used only by the native-binding packages. */
  @ArchTest
  static final ArchRule linkerOnlyInNativeBindings =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.cloudabi.emulator.unicorn..",
              "dev.cloudabi.emulator.capstone..",
              "dev.cloudabi.emulator.natives..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.lang.foreign.Linker");

  /** Host file system calls live in the host package. */
  @ArchTest
  static final ArchRule hostFilesOnlyInHostPackage =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.cloudabi.emulator.host..",
              "dev.cloudabi.emulator.natives..",
              "dev.cloudabi.emulator.capstone..")
          .and()
          .doNotHaveFullyQualifiedName("dev.cloudabi.emulator.EmulatorConfig")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.nio.channels.FileChannel")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.FileInputStream")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.io.FileOutputStream");

  /** System call handlers never touch registers or the CPU; only the dispatcher does. */
  @ArchTest
  static final ArchRule handlersDoNotSeeTheCpu =
      noClasses()
          .that()
          .resideInAPackage("dev.cloudabi.emulator.syscall..")
          .and()
          .haveNameNotMatching(".*\\.Dispatcher(\\$.*)?")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.cloudabi.emulator.unicorn..")
          .orShould()
          .dependOnClassesThat()
          .haveNameMatching("dev\\.cloudabi\\.emulator\\.cpu\\.\\w*Register.*");
}
