package dev.cloudabi.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.lang.foreign.Linker;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.SecureDirectoryStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Host file system calls live in {@code dev.cloudabi.emulator.host} (ADR 0010). Two named
 * exceptions touch host files for other reasons: {@code natives} finds and loads the native
 * libraries (and maps guest memory through libc), and {@link EmulatorConfig} reads the executable
 * the launcher chose. Neither is reachable from a guest system call.
 */
class HostFilesystemArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importEmulator() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cloudabi.emulator");
  }

  private static final DescribedPredicate<JavaClass> HOST_FILE_APIS =
      DescribedPredicate.describe(
          "host file APIs (Files, FileChannel, (Secure)DirectoryStream, RandomAccessFile, file"
              + " streams)",
          c ->
              c.isEquivalentTo(Files.class)
                  || c.isEquivalentTo(FileChannel.class)
                  || c.isEquivalentTo(SecureDirectoryStream.class)
                  || c.isEquivalentTo(DirectoryStream.class)
                  || c.isEquivalentTo(RandomAccessFile.class)
                  || c.isEquivalentTo(FileInputStream.class)
                  || c.isEquivalentTo(FileOutputStream.class));

  @Test
  void hostFileApisAreUsedOnlyInTheHostPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.cloudabi.emulator.host..", "dev.cloudabi.emulator.natives..")
        .and()
        .doNotHaveFullyQualifiedName(EmulatorConfig.class.getName())
        .and()
        .doNotHaveFullyQualifiedName(EmulatorConfig.Builder.class.getName())
        .should()
        .dependOnClassesThat(HOST_FILE_APIS)
        .because("guest file system access goes through DirectoryObject and FileObject (ADR 0010)")
        .check(classes);
  }

  @Test
  void libcIsBoundOnlyInTheNativesPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.cloudabi.emulator.natives..")
        .should()
        .callMethod(Linker.class, "defaultLookup")
        .because("libc is bound once, in dev.cloudabi.emulator.natives (Posix, PosixFiles, …)")
        .check(classes);
  }

  @Test
  void guestFacingPackagesDoNotReachTheHostPackage() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.cloudabi.emulator.fs..",
            "dev.cloudabi.emulator.memfs..",
            "dev.cloudabi.emulator.fd..",
            "dev.cloudabi.emulator.syscall..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.cloudabi.emulator.host..")
        .because("handlers and the resolver see only the guest object interfaces")
        .check(classes);
  }
}
