package dev.cloudabi.emulator.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.syscall.FileCalls;
import dev.cloudabi.emulator.syscall.GuestCalls;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial confinement cases (cap-std style) run through the system call handlers against both
 * backends. Fd 0 is the granted directory; around it sits a sentinel tree ({@link Sentinels}) whose
 * snapshot must be identical before and after every case.
 */
class ConfinementTest {
  /** One attack: optional setup inside the grant, the attack, and the errno it must give. */
  record Case(String name, Setup setup, Attack attack, Errno expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Setup {
    void run(FileCalls f, DirectoryObject granted, DirectoryObject root) throws IOException;
  }

  @FunctionalInterface
  interface Attack {
    int run(FileCalls f) throws IOException;
  }

  static final Setup NONE = (f, g, r) -> {};

  static Case c(String name, Errno expected, Attack attack) {
    return new Case(name, NONE, attack, expected);
  }

  static Case c(String name, Errno expected, Setup setup, Attack attack) {
    return new Case(name, setup, attack, expected);
  }

  static int open(FileCalls f, String path) {
    return f.open(0, path, 0, true, false, true);
  }

  static int openNoFollow(FileCalls f, String path) {
    return f.open(0, path, 0, true, false, false);
  }

  static int create(FileCalls f, String path, boolean follow) {
    return f.open(0, path, FileCalls.O_CREAT, false, true, follow);
  }

  /** Opens {@code path} as a directory and returns its descriptor (for cross-descriptor cases). */
  static long dir(FileCalls f, String path) {
    assertThat(f.open(0, path, FileCalls.O_DIRECTORY, true, false, true)).isZero();
    return f.lastFd();
  }

  static List<Case> cases() {
    List<Case> all = new ArrayList<>();
    Errno cap = Errno.ENOTCAPABLE;
    // Absolute paths and '..'.
    all.add(c("open absolute /etc/passwd", cap, f -> open(f, "/etc/passwd")));
    all.add(c("open /", cap, f -> open(f, "/")));
    all.add(c("open //granted", cap, f -> open(f, "//granted")));
    all.add(c("open ../outside.txt", cap, f -> open(f, "../outside.txt")));
    all.add(c("open ..", cap, f -> open(f, "..")));
    all.add(c("open ../", cap, f -> open(f, "../")));
    all.add(c("open sub/../../outside.txt", cap, f -> open(f, "sub/../../outside.txt")));
    all.add(c("open sub/../..", cap, f -> open(f, "sub/../..")));
    all.add(c("open ./../outside.txt", cap, f -> open(f, "./../outside.txt")));
    all.add(c("open out and back in", cap, f -> open(f, "sub/./../../granted/inside.txt")));
    all.add(c("open ../granted/inside.txt", cap, f -> open(f, "../granted/inside.txt")));
    all.add(c("open sub/../../secret/key.txt", cap, f -> open(f, "sub/../../secret/key.txt")));
    // Symbolic links pointing out.
    all.add(c("open through link to ..", cap, f -> open(f, "up/outside.txt")));
    all.add(c("open link to .. followed", cap, f -> open(f, "up")));
    all.add(c("open link to .. not followed", Errno.ELOOP, f -> openNoFollow(f, "up")));
    all.add(c("open through absolute link", cap, f -> open(f, "abs/passwd")));
    all.add(c("open absolute link followed", cap, f -> open(f, "abs")));
    all.add(c("open link escaping via sub/../..", cap, f -> open(f, "sneaky")));
    all.add(c("open chain of links ending in ..", cap, f -> open(f, "chain1")));
    all.add(c("open through chain of links", cap, f -> open(f, "chain1/outside.txt")));
    all.add(c("open through nested link to ../..", cap, f -> open(f, "sub/up2/outside.txt")));
    all.add(c("open dirlink/../../outside.txt", cap, f -> open(f, "dirlink/../../outside.txt")));
    all.add(c("open through link to link-to-secret", cap, f -> open(f, "secretlink/key.txt")));
    all.add(c("open link loop", Errno.ELOOP, f -> open(f, "loop1")));
    all.add(c("open through link loop", Errno.ELOOP, f -> open(f, "loop1/x")));
    all.add(c("open through self link", Errno.ELOOP, f -> open(f, "self/x")));
    all.add(c("stat trailing slash on link to ..", cap, f -> f.stat(0, "up/", false)));
    // Well-formedness.
    all.add(c("open path with NUL", Errno.EILSEQ, f -> open(f, "inside.txt\0../outside.txt")));
    all.add(c("open empty path", Errno.ENOENT, f -> open(f, "")));
    all.add(c("open file with trailing slash", Errno.ENOTDIR, f -> open(f, "inside.txt/")));
    all.add(c("open file with two trailing slashes", Errno.ENOTDIR, f -> open(f, "inside.txt//")));
    all.add(c("open file/..", Errno.ENOTDIR, f -> open(f, "sub/file.txt/..")));
    all.add(c("open missing/..", Errno.ENOENT, f -> open(f, "missing/../inside.txt")));
    all.add(
        c(
            "path deeper than 128 directories",
            Errno.ENAMETOOLONG,
            (f, g, r) -> nest(g, 130),
            f -> f.stat(0, "n/".repeat(129) + "n", false)));
    all.add(
        c(
            "path 100 directories deep (allowed)",
            Errno.ESUCCESS,
            (f, g, r) -> nest(g, 101),
            f -> f.stat(0, "n/".repeat(100) + "n", false)));
    all.add(
        c(
            "131 chained links",
            Errno.ELOOP,
            (f, g, r) -> {
              for (int i = 0; i < 130; i++) {
                g.symlink("l" + (i + 1), "l" + i);
              }
              g.symlink("inside.txt", "l130");
            },
            f -> open(f, "l0")));
    // Creating outside.
    all.add(c("create ../planted.txt", cap, f -> create(f, "../planted.txt", true)));
    all.add(c("create through link to ..", cap, f -> create(f, "up/planted.txt", true)));
    all.add(c("create absolute", cap, f -> create(f, "/tmp/planted.txt", true)));
    all.add(
        c(
            "create through dangling link pointing out",
            cap,
            (f, g, r) -> g.symlink("../planted.txt", "dangle"),
            f -> create(f, "dangle", true)));
    all.add(
        c(
            "create through dangling absolute link",
            cap,
            (f, g, r) -> g.symlink("/tmp/cloudabi-planted-file", "dangle"),
            f -> create(f, "dangle", true)));
    all.add(c("create over link without follow", Errno.ELOOP, f -> create(f, "up", false)));
    all.add(
        c(
            "create exclusively over link",
            Errno.EEXIST,
            f -> f.open(0, "up", FileCalls.O_CREAT | FileCalls.O_EXCL, false, true, false)));
    all.add(c("mkdir ../escape", cap, f -> f.mkdir(0, "../escape")));
    all.add(c("mkdir through link to ..", cap, f -> f.mkdir(0, "up/escape")));
    all.add(c("mkdir absolute", cap, f -> f.mkdir(0, "/escape")));
    all.add(c("mkdir sub/../../escape", cap, f -> f.mkdir(0, "sub/../../escape")));
    all.add(c("mkdir over link (not followed)", Errno.EEXIST, f -> f.mkdir(0, "up")));
    all.add(c("symlink created at ../planted", cap, f -> f.symlink("x", 0, "../planted")));
    all.add(c("symlink created through link", cap, f -> f.symlink("x", 0, "up/planted")));
    all.add(
        c(
            "symlink pointing out is stored but not followed",
            cap,
            (f, g, r) -> assertThat(f.symlink("../outside.txt", 0, "mine")).isZero(),
            f -> open(f, "mine")));
    // Removing outside.
    all.add(c("unlink ../outside.txt", cap, f -> f.unlink(0, "../outside.txt", false)));
    all.add(c("unlink through link to ..", cap, f -> f.unlink(0, "up/outside.txt", false)));
    all.add(
        c(
            "unlink dirlink/../../outside.txt",
            cap,
            f -> f.unlink(0, "dirlink/../../outside.txt", false)));
    all.add(c("rmdir through link", cap, f -> f.unlink(0, "up/secret", true)));
    all.add(c("rmdir ..", cap, f -> f.unlink(0, "..", true)));
    all.add(c("rmdir .", Errno.EINVAL, f -> f.unlink(0, ".", true)));
    all.add(c("unlink a directory", Errno.EPERM, f -> f.unlink(0, "sub", false)));
    all.add(c("unlink the link to .. only", Errno.ESUCCESS, f -> f.unlink(0, "up", false)));
    all.add(c("unlink link to secret with slash", cap, f -> f.unlink(0, "up/", true)));
    // Renames and links out of the tree or across descriptors.
    all.add(c("rename out", cap, f -> f.rename(0, "inside.txt", 0, "../stolen.txt")));
    all.add(c("rename in from outside", cap, f -> f.rename(0, "../outside.txt", 0, "got.txt")));
    all.add(c("rename through link", cap, f -> f.rename(0, "inside.txt", 0, "up/stolen.txt")));
    all.add(c("rename directory out", cap, f -> f.rename(0, "sub", 0, "up/sub")));
    all.add(c("rename onto absolute link path", cap, f -> f.rename(0, "inside.txt", 0, "abs/x")));
    all.add(
        c(
            "rename across descriptors inside",
            Errno.ESUCCESS,
            f -> f.rename(dir(f, "sub"), "file.txt", 0, "moved.txt")));
    all.add(
        c(
            "rename to .. of a subdirectory descriptor",
            cap,
            f -> f.rename(0, "inside.txt", dir(f, "sub"), "../x")));
    all.add(c("link out", cap, f -> f.link(0, "inside.txt", 0, "../linked.txt", false)));
    all.add(c("link in from outside", cap, f -> f.link(0, "../outside.txt", 0, "mine.txt", false)));
    all.add(c("link through escaping link", cap, f -> f.link(0, "sneaky", 0, "mine.txt", true)));
    all.add(
        c(
            "hard link of a link to .. is still confined",
            cap,
            (f, g, r) -> assertThat(f.link(0, "up", 0, "up2", false)).isZero(),
            f -> open(f, "up2/outside.txt")));
    all.add(
        c(
            "link to .. of a subdirectory descriptor",
            cap,
            f -> f.link(0, "inside.txt", dir(f, "sub"), "../x", false)));
    // Reading links and status.
    all.add(c("readlink outside", cap, f -> f.readlink(0, "../link-to-secret")));
    all.add(c("readlink of link to .. (allowed)", Errno.ESUCCESS, f -> f.readlink(0, "up")));
    all.add(c("stat ../", cap, f -> f.stat(0, "../", false)));
    all.add(c("stat link to .. itself", Errno.ESUCCESS, f -> f.stat(0, "up", false)));
    all.add(c("stat link to .. followed", cap, f -> f.stat(0, "up", true)));
    all.add(c("stat absolute link followed", cap, f -> f.stat(0, "abs", true)));
    all.add(c("stat_put ../outside.txt", cap, f -> f.statPut(0, "../outside.txt", false, 1, 1, 5)));
    all.add(c("stat_put through link to ..", cap, f -> f.statPut(0, "up", true, 1, 1, 5)));
    // Descriptors of subdirectories start their own confinement.
    all.add(
        c(
            "sub descriptor ../inside.txt",
            cap,
            f -> f.open(dir(f, "sub"), "../inside.txt", 0, true, false, true)));
    all.add(
        c(
            "sub descriptor uplink",
            cap,
            f -> f.open(dir(f, "sub"), "uplink", 0, true, false, true)));
    all.add(
        c(
            "directory replaced by a link between calls",
            cap,
            (f, g, r) -> {
              assertThat(f.mkdir(0, "victim")).isZero();
              assertThat(open(f, "victim")).isZero();
              g.unlink("victim", true);
              g.symlink("../secret", "victim");
            },
            f -> open(f, "victim/key.txt")));
    all.add(
        c(
            "descriptor of a directory moved out of the grant",
            cap,
            (f, g, r) -> {
              assertThat(f.mkdir(0, "victim")).isZero();
              assertThat(dir(f, "victim")).isEqualTo(1);
              g.rename("victim", r, "moved-out");
            },
            f -> f.open(1, "../outside.txt", 0, true, false, true)));
    // Rights.
    all.add(
        c(
            "write through read-only descriptor",
            cap,
            f -> {
              assertThat(open(f, "inside.txt")).isZero();
              return f.write(f.lastFd(), "x");
            }));
    all.add(
        c(
            "request rights beyond the inheriting mask",
            cap,
            f -> f.openWith(0, "inside.txt", 0, 0x2L | (1L << 39), 0, 0, true)));
    all.add(
        c(
            "regain a dropped right",
            cap,
            f -> {
              long buf = f.calls().allocate(24);
              assertThat(f.calls().call("fd_stat_get", 0, buf)).isZero();
              long base = f.calls().memory().readU64(buf + 8);
              f.calls().memory().writeU64(buf + 8, base & ~(1L << 14));
              assertThat(f.calls().call("fd_stat_put", 0, buf, 2)).isZero();
              f.calls().memory().writeU64(buf + 8, base);
              return f.calls().call("fd_stat_put", 0, buf, 2);
            }));
    all.add(
        c(
            "open after FILE_OPEN was dropped",
            cap,
            f -> {
              long buf = f.calls().allocate(24);
              f.calls().call("fd_stat_get", 0, buf);
              long base = f.calls().memory().readU64(buf + 8);
              f.calls().memory().writeU64(buf + 8, base & ~(1L << 14));
              f.calls().call("fd_stat_put", 0, buf, 2);
              return open(f, "inside.txt");
            }));
    all.add(
        c(
            "open below a file descriptor (it has no FILE_OPEN)",
            cap,
            f -> {
              assertThat(open(f, "inside.txt")).isZero();
              return f.open(f.lastFd(), "x", 0, true, false, true);
            }));
    all.add(
        c(
            "append flag set later keeps writes at the end (control)",
            Errno.ESUCCESS,
            f -> {
              assertThat(f.open(0, "inside.txt", 0, true, true, true)).isZero();
              long fd = f.lastFd();
              long buf = f.calls().allocate(24);
              f.calls().memory().writeU16(buf + 2, 0x01);
              assertThat(f.calls().call("fd_stat_put", fd, buf, 1)).isZero();
              assertThat(f.write(fd, "more\n")).isZero();
              assertThat(f.slurp(0, "inside.txt")).isEqualTo("inside\nmore\n");
              return 0;
            }));
    all.add(
        c(
            "path longer than 64 KiB",
            Errno.ENAMETOOLONG,
            f -> open(f, "./".repeat(40_000) + "inside.txt")));
    all.add(
        c(
            "dot components everywhere (control)",
            Errno.ESUCCESS,
            f -> open(f, "././sub/./file.txt")));
    all.add(c("dots then escape", cap, f -> open(f, "./sub/./.././../outside.txt")));
    // Controls: what stays inside works.
    all.add(c("read sub/../inside.txt", Errno.ESUCCESS, f -> open(f, "sub/../inside.txt")));
    all.add(c("read through link inside", Errno.ESUCCESS, f -> open(f, "ok-link")));
    all.add(c("read link going up inside", Errno.ESUCCESS, f -> open(f, "sub/uplink")));
    all.add(c("read sub//file.txt", Errno.ESUCCESS, f -> open(f, "sub//file.txt")));
    all.add(c("open sub/ as directory", Errno.ESUCCESS, f -> open(f, "sub/")));
    all.add(c("mkdir with trailing slash", Errno.ESUCCESS, f -> f.mkdir(0, "newdir/")));
    return all;
  }

  /** {@code n} nested directories named {@code n} below {@code dir}. */
  static void nest(DirectoryObject dir, int n) throws IOException {
    DirectoryObject current = dir;
    for (int i = 0; i < n; i++) {
      current.createDirectory("n");
      DirectoryObject next = current.openDirectory("n");
      if (current != dir) {
        current.close();
      }
      current = next;
    }
    current.close();
  }

  static Stream<Arguments> runs() {
    return cases().stream()
        .flatMap(c -> Stream.of(Arguments.of("memory", c), Arguments.of("host", c)));
  }

  /** The granted tree every case starts from. */
  static void populate(DirectoryObject g) throws IOException {
    Sentinels.write(g, "inside.txt", "inside\n");
    g.createDirectory("sub");
    try (DirectoryObject sub = g.openDirectory("sub")) {
      Sentinels.write(sub, "file.txt", "sub file\n");
      sub.symlink("../inside.txt", "uplink");
      sub.symlink("../..", "up2");
    }
    g.symlink("..", "up");
    g.symlink("/etc", "abs");
    g.symlink("sub/../../outside.txt", "sneaky");
    g.symlink("loop2", "loop1");
    g.symlink("loop1", "loop2");
    g.symlink("self", "self");
    g.symlink("chain2", "chain1");
    g.symlink("chain3", "chain2");
    g.symlink("..", "chain3");
    g.symlink("sub/file.txt", "ok-link");
    g.symlink("sub", "dirlink");
    g.symlink("../link-to-secret", "secretlink");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("runs")
  void attackFailsAndNothingOutsideChanges(String backend, Case c, @TempDir Path temp)
      throws IOException {
    Sentinels sentinels = backend.equals("host") ? Sentinels.host(temp) : Sentinels.memory();
    try (DirectoryObject setupView = sentinels.granted()) {
      populate(setupView);
      Map<String, String> before = sentinels.outside();
      try (GuestCalls calls =
          new GuestCalls(List.of(InjectedFd.withMaxRights(sentinels.granted())))) {
        FileCalls f = new FileCalls(calls);
        c.setup().run(f, setupView, sentinels.root());
        before = c.name().contains("moved out") ? before : sentinels.outside();
        int errno = c.attack().run(f);
        assertThat(Errno.nameOf(errno)).isEqualTo(c.expected().name());
      }
      Map<String, String> after = sentinels.outside();
      if (c.name().contains("moved out")) {
        after.keySet().removeIf(k -> k.startsWith("moved-out"));
      }
      assertThat(after).isEqualTo(before);
    }
  }

  @Test
  void thereAreAtLeastSixtyCases() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(cases().stream().map(Case::name).distinct().count()).isEqualTo(cases().size());
  }
}
