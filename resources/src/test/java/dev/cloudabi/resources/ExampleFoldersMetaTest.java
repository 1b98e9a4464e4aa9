package dev.cloudabi.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every example folder is complete: manifest, YAML, source, expected output, four binaries. */
class ExampleFoldersMetaTest {

  private static final Path DIR = Examples.checkoutDirectory().orElseThrow();

  @Test
  void indexListsExactlyTheExampleFolders() throws IOException {
    List<String> folders;
    try (Stream<Path> children = Files.list(DIR)) {
      folders =
          children
              .filter(Files::isDirectory)
              .map(p -> p.getFileName().toString())
              .sorted()
              .toList();
    }
    List<String> index =
        Examples.parseIndex(Files.readString(DIR.resolve(Examples.INDEX)), "index.txt");
    assertThat(index).isEqualTo(folders);
    assertThat(Examples.fromDirectory(DIR).names()).isEqualTo(folders);
  }

  @Test
  void everyExampleIsComplete() {
    SoftAssertions soft = new SoftAssertions();
    for (Example example : Examples.fromDirectory(DIR).list()) {
      String name = example.name();
      Path dir = example.directory().orElseThrow();
      ExampleManifest m = example.manifest();
      soft.assertThat(dir.resolve(name + ".c")).as(name + " source").isRegularFile();
      soft.assertThat(example.source()).as(name + " source").contains("program_main");
      for (String config : List.of(m.config(), m.testConfig())) {
        soft.assertThat(example.text(config))
            .as(name + "/" + config)
            .startsWith("%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n");
      }
      if (m.stdoutMatch() != StdoutMatch.NONE) {
        soft.assertThat(dir.resolve("expected-stdout.txt")).as(name).isRegularFile();
        soft.assertThat(dir.resolve(m.testStdout())).as(name).isRegularFile();
      }
      m.socketResponse()
          .ifPresent(
              f -> soft.assertThat(dir.resolve(f)).as(name + " socket.response").isRegularFile());
      for (FdRequirement fd : m.fds().values()) {
        if (fd.kind() == FdRequirement.Kind.STDIN) {
          soft.assertThat(dir.resolve(fd.argument())).as(name + " fd." + fd.fd()).isRegularFile();
        }
        soft.assertThat(example.config())
            .as(name + " uses fd." + fd.fd())
            .contains("!fd " + fd.fd());
      }
      for (GuestArch arch : GuestArch.values()) {
        Path binary = dir.resolve(example.binaryFileName(arch));
        soft.assertThat(binary).as(name + " " + arch).isRegularFile();
        if (Files.isRegularFile(binary)) {
          checkElfHeader(soft, name + " " + arch, example.binary(arch), arch);
        }
      }
    }
    soft.assertAll();
  }

  /** The 57 system call names the start-up code binds, in the order it keeps them. */
  static final String SYSCALL_NAMES =
      String.join(
          "\0",
          "clock_res_get clock_time_get condvar_signal fd_close fd_create1 fd_create2 fd_datasync fd_dup fd_pread fd_pwrite fd_read fd_replace fd_seek fd_stat_get fd_stat_put fd_sync fd_write file_advise file_allocate file_create file_link file_open file_readdir file_readlink file_rename file_stat_fget file_stat_fput file_stat_get file_stat_put file_symlink file_unlink lock_unlock mem_advise mem_map mem_protect mem_sync mem_unmap poll proc_exec proc_exit proc_fork proc_raise random_get sock_recv sock_send sock_shutdown thread_create thread_exit thread_yield mem_lock mem_unlock poll_fd sock_accept sock_bind sock_connect sock_listen sock_stat_get"
              .split(" "));

  @Test
  void everyBinaryCarriesAllSystemCallNames() {
    assertThat(SYSCALL_NAMES.split("\0")).hasSize(57).doesNotHaveDuplicates();
    byte[] needle = (SYSCALL_NAMES + "\0\0").getBytes(StandardCharsets.US_ASCII);
    SoftAssertions soft = new SoftAssertions();
    for (Example example : Examples.fromDirectory(DIR).list()) {
      for (GuestArch arch : GuestArch.values()) {
        soft.assertThat(indexOf(example.binary(arch), needle))
            .as(example.name() + " " + arch + " binds the 57 names")
            .isNotNegative();
      }
    }
    soft.assertAll();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; ++i) {
      for (int k = 0; k < needle.length; ++k) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The ELF header facts of the ABI fact sheet (section 2.1), checked in plain Java. */
  static void checkElfHeader(SoftAssertions soft, String what, byte[] elf, GuestArch arch) {
    ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
    soft.assertThat(new String(elf, 1, 3, StandardCharsets.US_ASCII)).as(what).isEqualTo("ELF");
    boolean is64 = arch == GuestArch.X86_64 || arch == GuestArch.AARCH64;
    soft.assertThat(elf[4]).as(what + " EI_CLASS").isEqualTo((byte) (is64 ? 2 : 1));
    soft.assertThat(elf[5]).as(what + " EI_DATA").isEqualTo((byte) 1);
    soft.assertThat(elf[7]).as(what + " EI_OSABI").isEqualTo((byte) 17);
    int type = b.getShort(16);
    soft.assertThat(type).as(what + " e_type").isEqualTo(arch.positionIndependent() ? 3 : 2);
    int machine = b.getShort(18);
    int expectedMachine =
        switch (arch) {
          case X86_64 -> 62;
          case AARCH64 -> 183;
          case I686 -> 3;
          case ARMV6 -> 40;
        };
    soft.assertThat(machine).as(what + " e_machine").isEqualTo(expectedMachine);
    long phoff = is64 ? b.getLong(32) : Integer.toUnsignedLong(b.getInt(28));
    int phentsize = b.getShort(is64 ? 54 : 42);
    int phnum = b.getShort(is64 ? 56 : 44);
    boolean tls = false;
    long firstLoad = -1;
    for (int i = 0; i < phnum; ++i) {
      int at = (int) (phoff + (long) i * phentsize);
      int pType = b.getInt(at);
      soft.assertThat(pType).as(what + " has PT_INTERP").isNotEqualTo(3);
      if (pType == 7) {
        tls = true;
      }
      if (pType == 1 && firstLoad < 0) {
        firstLoad = is64 ? b.getLong(at + 16) : Integer.toUnsignedLong(b.getInt(at + 8));
      }
    }
    soft.assertThat(tls).as(what + " has PT_TLS").isTrue();
    soft.assertThat(firstLoad).as(what + " first PT_LOAD").isEqualTo(is64 ? 0L : 0x10000L);
  }
}
