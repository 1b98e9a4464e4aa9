package dev.cloudabi.elf.constants;

/** {@code n_type} of notes; the meaning depends on the note's owner name. */
public final class NoteTypes {
  private NoteTypes() {}

  public static final long NT_GNU_ABI_TAG = 1;
  public static final long NT_GNU_BUILD_ID = 3;
  public static final long NT_GNU_PROPERTY_TYPE_0 = 5;

  public static final ConstantRegistry GNU =
      ConstantRegistry.builder("n_type (GNU)")
          .add(NT_GNU_ABI_TAG, "NT_GNU_ABI_TAG", "ABI version tag")
          .add(2, "NT_GNU_HWCAP", "hardware capabilities")
          .add(NT_GNU_BUILD_ID, "NT_GNU_BUILD_ID", "unique build ID")
          .add(4, "NT_GNU_GOLD_VERSION", "gold linker version")
          .add(NT_GNU_PROPERTY_TYPE_0, "NT_GNU_PROPERTY_TYPE_0", "program properties")
          .build();

  public static final ConstantRegistry FREEBSD =
      ConstantRegistry.builder("n_type (FreeBSD)")
          .add(1, "NT_FREEBSD_ABI_TAG", "ABI version tag")
          .add(2, "NT_FREEBSD_NOINIT_TAG", "no crt init")
          .add(3, "NT_FREEBSD_ARCH_TAG", "architecture")
          .add(4, "NT_FREEBSD_FEATURE_CTL", "feature control")
          .build();

  public static final ConstantRegistry CORE =
      ConstantRegistry.builder("n_type (CORE)")
          .add(1, "NT_PRSTATUS", "process status")
          .add(2, "NT_FPREGSET", "floating-point registers")
          .add(3, "NT_PRPSINFO", "process information")
          .add(4, "NT_TASKSTRUCT", "task structure")
          .add(6, "NT_AUXV", "auxiliary vector")
          .add(0x46494c45L, "NT_FILE", "mapped files")
          .add(0x53494749L, "NT_SIGINFO", "signal information")
          .build();

  public static final ConstantRegistry UNKNOWN = ConstantRegistry.builder("n_type").build();

  /** ABI-tag operating systems ({@code NT_GNU_ABI_TAG} word 0). */
  public static final ConstantRegistry ABI_TAG_OS =
      ConstantRegistry.builder("ABI tag OS")
          .add(0, "Linux", "Linux")
          .add(1, "Hurd", "GNU Hurd")
          .add(2, "Solaris", "Solaris")
          .add(3, "FreeBSD", "FreeBSD")
          .add(4, "NetBSD", "NetBSD")
          .add(5, "Syllable", "Syllable")
          .add(6, "NaCl", "Native Client")
          .build();

  /** The registry for notes owned by {@code owner} ({@code "GNU"}, {@code "FreeBSD"}, ...). */
  public static ConstantRegistry forOwner(String owner) {
    return switch (owner) {
      case "GNU" -> GNU;
      case "FreeBSD" -> FREEBSD;
      case "CORE", "LINUX" -> CORE;
      default -> UNKNOWN;
    };
  }
}
