package dev.cloudabi.emulator.syscall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.fd.FdEntry;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostObjects;
import dev.cloudabi.emulator.memfs.MemFileSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File system call handlers without a CPU (fd 0 is the directory under test), run against both
 * backends by its subclasses {@link InMemoryFileSyscallsTest} and {@link HostFileSyscallsTest}: the
 * in-memory file system and a host temporary directory.
 */
abstract class FileSyscallsTest {
  private GuestCalls calls;
  private FileCalls f;
  @TempDir Path temp;

  /** The directory the guest gets as fd 0. */
  abstract DirectoryObject directory() throws IOException;

  /** A directory of the other backend (for EXDEV). */
  abstract DirectoryObject otherBackend() throws IOException;

  static MemFileSystem memory() {
    return MemFileSystem.create(GuestClock.deterministic(1_600_000_000_000_000_000L, 1_000));
  }

  final DirectoryObject host() throws IOException {
    return (DirectoryObject) HostObjects.open(AmbientAuthority.forLauncher(), temp);
  }

  @BeforeEach
  void setUp() throws IOException {
    calls = new GuestCalls(List.of(InjectedFd.withMaxRights(directory())));
    f = new FileCalls(calls);
  }

  @AfterEach
  void tearDown() {
    calls.close();
  }

  private long createFile(String path, String text) {
    assertThat(f.open(0, path, FileCalls.O_CREAT, true, true, true)).isZero();
    long fd = f.lastFd();
    assertThat(f.write(fd, text)).isZero();
    return fd;
  }

  @Test
  void readdirWritesDirentRecordsWithNamesAndCookies() {
    f.close(createFile("a", "1"));
    f.close(createFile("bb", "22"));
    assertThat(f.open(0, ".", FileCalls.O_DIRECTORY, true, false, true)).isZero();
    long dir = f.lastFd();
    assertThat(f.readdir(dir, 4096, 0)).isZero();
    assertThat(f.bufused()).isEqualTo(4 * 24 + 1 + 2 + 1 + 2);
    long p = f.buffer();
    java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
    for (int i = 0; i < 4; i++) {
      assertThat(calls.memory().readU64(p)).as("d_next").isEqualTo(i + 1);
      assertThat(calls.memory().readU64(p + 8)).as("d_ino").isPositive();
      int length = (int) calls.memory().readU32(p + 16);
      seen.put(calls.memory().readString(p + 24, length), calls.memory().readU8(p + 20));
      if (i < 2) {
        assertThat(calls.memory().readString(p + 24, length)).isEqualTo(i == 0 ? "." : "..");
      }
      p += 24 + length;
    }
    assertThat(seen)
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(
                java.util.Map.of(".", 0x20, "..", 0x20, "a", 0x60, "bb", 0x60)));
  }

  @Test
  void readdirCutsTheLastRecordAndContinuesFromItsCookie() {
    f.close(createFile("name", "x"));
    assertThat(f.open(0, ".", FileCalls.O_DIRECTORY, true, false, true)).isZero();
    long dir = f.lastFd();
    assertThat(f.readdir(dir, 30, 0)).isZero();
    assertThat(f.bufused()).isEqualTo(30);
    long first = f.buffer();
    assertThat(calls.memory().readU64(first)).isEqualTo(1);
    assertThat(calls.memory().readU64(first + 25)).as("d_next of the cut record").isEqualTo(2);
    assertThat(f.readdir(dir, 4096, 1)).isZero();
    assertThat(f.bufused()).isEqualTo(24 + 2 + 24 + 4);
    assertThat(f.readdir(dir, 4096, 3)).isZero();
    assertThat(f.bufused()).isZero();
    assertThat(f.readdir(dir, 4096, -1)).isZero();
    assertThat(f.bufused()).isZero();
  }

  @Test
  void readdirNeedsFileReaddir() {
    long fd = createFile("a", "x");
    assertThat(f.readdir(fd, 100, 0)).isEqualTo(Errno.ENOTCAPABLE.value());
    assertThat(calls.explanation()).contains("FILE_READDIR").contains("descriptor " + fd);
  }

  @Test
  void filestatLayout() {
    f.close(createFile("a", "hello"));
    assertThat(f.stat(0, "a", true)).isZero();
    long s = f.lastStat();
    assertThat(f.fstat(0)).isZero();
    assertThat(calls.memory().readU64(s))
        .as("st_dev")
        .isEqualTo(calls.memory().readU64(f.lastStat()));
    assertThat(calls.memory().readU64(s + 8)).as("st_ino").isPositive();
    assertThat(calls.memory().readU8(s + 16)).as("st_filetype").isEqualTo(0x60);
    assertThat(calls.memory().readU32(s + 20)).as("st_nlink").isEqualTo(1);
    assertThat(calls.memory().readU64(s + 24)).as("st_size").isEqualTo(5);
    assertThat(calls.memory().readU64(s + 32))
        .as("st_atim")
        .isGreaterThan(1_600_000_000_000_000_000L);
    assertThat(calls.memory().readU64(s + 40))
        .as("st_mtim")
        .isGreaterThan(1_600_000_000_000_000_000L);
    assertThat(calls.memory().readU64(s + 48))
        .as("st_ctim")
        .isGreaterThan(1_600_000_000_000_000_000L);
  }

  @Test
  void fstatOfDirectoryAndFile() {
    assertThat(f.fstat(0)).isZero();
    assertThat(calls.memory().readU8(f.lastStat() + 16)).isEqualTo(0x20);
    long fd = createFile("a", "abc");
    assertThat(f.fstat(fd)).isZero();
    assertThat(calls.memory().readU64(f.lastStat() + 24)).isEqualTo(3);
  }

  @Test
  void statFputValidatesFlags() {
    long fd = createFile("a", "abcdef");
    assertThat(f.fput(fd, 2, 0, 0, 0)).isEqualTo(Errno.EINVAL.value());
    assertThat(f.fput(fd, 2, 0, 0, 0x10 | 0x01)).isEqualTo(Errno.EINVAL.value());
    assertThat(f.fput(fd, 2, 0, 0, 0x20)).isEqualTo(Errno.EINVAL.value());
    assertThat(f.fput(fd, 2, 0, 0, 0x10)).isZero();
    assertThat(f.fstat(fd)).isZero();
    assertThat(calls.memory().readU64(f.lastStat() + 24)).isEqualTo(2);
    assertThat(f.fput(fd, 0, 1234, 5678, 0x01 | 0x04)).isZero();
    assertThat(f.fstat(fd)).isZero();
    assertThat(calls.memory().readU64(f.lastStat() + 32)).isEqualTo(1234);
    assertThat(calls.memory().readU64(f.lastStat() + 40)).isEqualTo(5678);
    assertThat(f.fput(fd, 0, 1234, 5678, 0x02 | 0x04 | 0x08)).isZero();
    assertThat(f.fstat(fd)).isZero();
    assertThat(calls.memory().readU64(f.lastStat() + 40)).as("MTIM_NOW wins").isNotEqualTo(5678);
  }

  @Test
  void truncateNeedsFputSize() {
    f.close(createFile("a", "abc"));
    assertThat(f.open(0, "a", 0, true, false, true)).isZero();
    assertThat(f.fput(f.lastFd(), 0, 0, 0, 0x10)).isEqualTo(Errno.ENOTCAPABLE.value());
    assertThat(calls.explanation()).contains("FILE_STAT_FPUT_SIZE");
  }

  @Test
  void statPutAcceptsOnlyTimes() {
    f.close(createFile("a", "abc"));
    assertThat(f.statPut(0, "a", true, 1, 2, 0x10)).isEqualTo(Errno.EINVAL.value());
    assertThat(f.statPut(0, "a", true, 11, 22, 0x05)).isZero();
    assertThat(f.stat(0, "a", true)).isZero();
    assertThat(calls.memory().readU64(f.lastStat() + 32)).isEqualTo(11);
    assertThat(calls.memory().readU64(f.lastStat() + 40)).isEqualTo(22);
  }

  @Test
  void openedFileGetsRequestedRightsLimitedToItsType() {
    long dirInheriting = MaxRights.DIRECTORY.inheriting();
    f.close(createFile("a", "x"));
    assertThat(f.openWith(0, "a", 0, dirInheriting, dirInheriting, 0, true)).isZero();
    long buf = calls.allocate(24);
    assertThat(calls.call("fd_stat_get", f.lastFd(), buf)).isZero();
    assertThat(calls.memory().readU8(buf)).isEqualTo(0x60);
    assertThat(calls.memory().readU64(buf + 8))
        .isEqualTo(dirInheriting & MaxRights.REGULAR_FILE.base());
    assertThat(calls.memory().readU64(buf + 16)).isZero();
  }

  @Test
  void openDemandsImpliedInheritingRights() {
    f.close(createFile("a", "x"));
    long write = Right.FD_WRITE.bit();
    restrictInheriting(MaxRights.DIRECTORY.inheriting() & ~Right.FD_SEEK.bit());
    assertThat(f.openWith(0, "a", 0, write, 0, 0, true))
        .as("writing without APPEND or TRUNC implies FD_SEEK")
        .isEqualTo(Errno.ENOTCAPABLE.value());
    assertThat(f.openWith(0, "a", 0, write, 0, 0x01, true)).as("APPEND needs no FD_SEEK").isZero();
    restrictInheriting(
        MaxRights.DIRECTORY.inheriting() & ~Right.FD_SEEK.bit() & ~Right.FILE_STAT_FPUT_SIZE.bit());
    assertThat(f.openWith(0, "a", FileCalls.O_TRUNC, write, 0, 0, true))
        .as("O_TRUNC implies FILE_STAT_FPUT_SIZE")
        .isEqualTo(Errno.ENOTCAPABLE.value());
    assertThat(f.openWith(0, "a", 0, Right.FD_READ.bit(), 0, 0x10, true))
        .as("SYNC implies FD_SYNC")
        .isZero();
  }

  private void restrictInheriting(long inheriting) {
    long buf = calls.allocate(24);
    calls.call("fd_stat_get", 0, buf);
    calls.memory().writeU64(buf + 16, inheriting & calls.memory().readU64(buf + 16));
    assertThat(calls.call("fd_stat_put", 0, buf, 2)).isZero();
  }

  @Test
  void createNeedsFileCreateFile() {
    long buf = calls.allocate(24);
    calls.call("fd_stat_get", 0, buf);
    calls
        .memory()
        .writeU64(buf + 8, calls.memory().readU64(buf + 8) & ~Right.FILE_CREATE_FILE.bit());
    assertThat(calls.call("fd_stat_put", 0, buf, 2)).isZero();
    assertThat(f.open(0, "new", FileCalls.O_CREAT, false, true, true))
        .isEqualTo(Errno.ENOTCAPABLE.value());
    assertThat(calls.explanation()).contains("FILE_CREATE_FILE").contains("descriptor 0");
  }

  @Test
  void openFlagsErrors() {
    f.close(createFile("a", "x"));
    assertThat(f.mkdir(0, "d")).isZero();
    assertThat(f.open(0, "a", FileCalls.O_DIRECTORY, true, false, true))
        .isEqualTo(Errno.ENOTDIR.value());
    assertThat(f.open(0, "a", FileCalls.O_CREAT | FileCalls.O_EXCL, true, true, true))
        .isEqualTo(Errno.EEXIST.value());
    assertThat(f.open(0, "d", 0, true, true, true)).isEqualTo(Errno.EISDIR.value());
    assertThat(f.open(0, "missing", 0, true, false, true)).isEqualTo(Errno.ENOENT.value());
    assertThat(f.open(0, "new/", FileCalls.O_CREAT, true, true, true))
        .isEqualTo(Errno.EISDIR.value());
  }

  @Test
  void readWriteSeekAndPositionalIo() {
    long fd = createFile("a", "Hello, file!\n");
    long iov = calls.allocate(16);
    long data = calls.put("FILE");
    calls.memory().writeU64(iov, data);
    calls.memory().writeU64(iov + 8, 4);
    assertThat(calls.call("fd_pwrite", fd, iov, 1, 7, 0)).isZero();
    assertThat(calls.call("fd_seek", fd, 0, 2, 0)).isZero();
    assertThat(calls.output(3)).isEqualTo(13);
    assertThat(calls.call("fd_seek", fd, 0, 3, 0)).isZero();
    assertThat(f.read(fd, 100)).isZero();
    assertThat(f.lastRead()).isEqualTo("Hello, FILE!\n");
  }

  @Test
  void appendWritesAtTheEnd() {
    f.close(createFile("a", "one\n"));
    assertThat(
            f.openWith(
                0, "a", 0, Right.mask(Right.FD_WRITE, Right.FD_SEEK, Right.FD_TELL), 0, 0x01, true))
        .isZero();
    long fd = f.lastFd();
    assertThat(f.write(fd, "two\n")).isZero();
    assertThat(f.slurp(0, "a")).isEqualTo("one\ntwo\n");
  }

  @Test
  void fdStatPutFlagsSwitchesAppend() {
    long fd = createFile("a", "one\n");
    long buf = calls.allocate(24);
    calls.memory().writeU16(buf + 2, 0x01);
    assertThat(calls.call("fd_stat_put", fd, buf, 1)).isZero();
    assertThat(calls.call("fd_seek", fd, 0, 3, 0)).isZero();
    assertThat(f.write(fd, "two\n")).isZero();
    assertThat(calls.call("fd_stat_get", fd, buf)).isZero();
    assertThat(calls.memory().readU16(buf + 2)).isEqualTo(0x01);
    assertThat(f.slurp(0, "a")).isEqualTo("one\ntwo\n");
  }

  @Test
  void directoryDescriptorStat() {
    long buf = calls.allocate(24);
    assertThat(calls.call("fd_stat_get", 0, buf)).isZero();
    assertThat(calls.memory().readU8(buf)).isEqualTo(0x20);
    assertThat(calls.memory().readU64(buf + 8)).isEqualTo(MaxRights.DIRECTORY.base());
    assertThat(calls.memory().readU64(buf + 16)).isEqualTo(MaxRights.DIRECTORY.inheriting());
  }

  @Test
  void unlinkErrors() {
    f.close(createFile("a", "x"));
    assertThat(f.mkdir(0, "d")).isZero();
    f.close(createFile("d/inner", "y"));
    assertThat(f.unlink(0, "d", false)).isEqualTo(Errno.EPERM.value());
    assertThat(f.unlink(0, "d", true)).isEqualTo(Errno.ENOTEMPTY.value());
    assertThat(f.unlink(0, "a", true)).isEqualTo(Errno.ENOTDIR.value());
    assertThat(f.unlink(0, "a/", false)).isEqualTo(Errno.ENOTDIR.value());
    assertThat(f.unlink(0, "d/inner", false)).isZero();
    assertThat(f.unlink(0, "d", true)).isZero();
    assertThat(f.unlink(0, "d", true)).isEqualTo(Errno.ENOENT.value());
  }

  @Test
  void renameRules() {
    assertThat(f.mkdir(0, "d")).isZero();
    assertThat(f.mkdir(0, "d/e")).isZero();
    assertThat(f.rename(0, "d", 0, "d/e/f")).isEqualTo(Errno.EINVAL.value());
    f.close(createFile("a", "x"));
    assertThat(f.rename(0, "a", 0, "d")).isEqualTo(Errno.EISDIR.value());
    assertThat(f.rename(0, "d", 0, "a")).isEqualTo(Errno.ENOTDIR.value());
    assertThat(f.rename(0, "a", 0, "b")).isZero();
    assertThat(f.slurp(0, "b")).isEqualTo("x");
    assertThat(f.stat(0, "a", false)).isEqualTo(Errno.ENOENT.value());
  }

  @Test
  void createOnlyMakesDirectories() {
    byte[] p = "x".getBytes(StandardCharsets.UTF_8);
    assertThat(calls.call("file_create", 0, calls.put(p), 1, 0x60)).isEqualTo(Errno.EINVAL.value());
    assertThat(f.mkdir(0, "x")).isZero();
    assertThat(f.mkdir(0, "x")).isEqualTo(Errno.EEXIST.value());
  }

  @Test
  void readlinkTruncatesToTheBuffer() {
    assertThat(f.symlink("some/long/target", 0, "l")).isZero();
    byte[] p = "l".getBytes(StandardCharsets.UTF_8);
    long buf = calls.allocate(8);
    assertThat(calls.call("file_readlink", 0, calls.put(p), 1, buf, 4, 0)).isZero();
    assertThat(calls.output(5)).isEqualTo(4);
    assertThat(calls.memory().readString(buf, 4)).isEqualTo("some");
    assertThat(f.readlink(0, "l")).isZero();
    assertThat(f.lastText()).isEqualTo("some/long/target");
    f.close(createFile("a", "x"));
    assertThat(f.readlink(0, "a")).isEqualTo(Errno.EINVAL.value());
  }

  @Test
  void hardLinksShareTheInode() {
    f.close(createFile("a", "data"));
    assertThat(f.link(0, "a", 0, "b", false)).isZero();
    assertThat(f.stat(0, "b", false)).isZero();
    assertThat(calls.memory().readU32(f.lastStat() + 20)).isEqualTo(2);
    assertThat(f.mkdir(0, "d")).isZero();
    assertThat(f.link(0, "d", 0, "e", false)).isEqualTo(Errno.EPERM.value());
    assertThat(f.link(0, "a", 0, "b", false)).isEqualTo(Errno.EEXIST.value());
  }

  @Test
  void linkAcrossBackendsIsExdev() throws IOException {
    DirectoryObject host = otherBackend();
    int hostFd =
        calls
            .fds()
            .insert(
                new FdEntry(host, MaxRights.DIRECTORY.base(), MaxRights.DIRECTORY.inheriting(), 0));
    f.close(createFile("a", "data"));
    assertThat(f.link(0, "a", hostFd, "b", false)).isEqualTo(Errno.EXDEV.value());
    assertThat(f.rename(0, "a", hostFd, "b")).isEqualTo(Errno.EXDEV.value());
  }

  @Test
  void adviseAndAllocate() {
    long fd = createFile("a", "x");
    assertThat(calls.call("file_advise", fd, 0, 10, 7)).isEqualTo(Errno.EINVAL.value());
    assertThat(calls.call("file_advise", fd, 0, 10, 3)).isZero();
    assertThat(calls.call("file_advise", 99, 0, 10, 7))
        .as("advice is checked before the descriptor")
        .isEqualTo(Errno.EINVAL.value());
    assertThat(calls.call("file_advise", 99, 0, 10, 3)).isEqualTo(Errno.EBADF.value());
    assertThat(calls.call("file_advise", 0, 0, 10, 5)).as("directories may be advised").isZero();
    assertThat(calls.call("file_allocate", fd, 0, 0)).isEqualTo(Errno.EINVAL.value());
    assertThat(calls.call("file_allocate", fd, Long.MAX_VALUE, 10)).isEqualTo(Errno.EFBIG.value());
    assertThat(calls.call("file_allocate", fd, 10, 90)).isZero();
    assertThat(f.fstat(fd)).isZero();
    assertThat(calls.memory().readU64(f.lastStat() + 24)).isEqualTo(100);
    assertThat(calls.call("file_allocate", 0, 0, 10)).isEqualTo(Errno.ENOTCAPABLE.value());
  }

  @Test
  void escapeExplanationNamesTheDescriptorAndTheComponent() {
    assertThat(f.open(0, "a/../../x", 0, true, false, true)).isEqualTo(Errno.ENOENT.value());
    assertThat(f.mkdir(0, "a")).isZero();
    assertThat(f.open(0, "a/../../x", 0, true, false, true)).isEqualTo(Errno.ENOTCAPABLE.value());
    assertThat(calls.explanation()).contains("'..'").contains("descriptor 0");
    assertThat(f.symlink("/etc", 0, "abs")).isZero();
    assertThat(f.open(0, "abs/passwd", 0, true, false, true)).isEqualTo(Errno.ENOTCAPABLE.value());
    assertThat(calls.explanation()).contains("symbolic link 'abs'").contains("absolute");
  }
}
