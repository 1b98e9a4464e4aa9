package dev.cloudabi.emulator.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostObjects;
import dev.cloudabi.emulator.memfs.MemFileSystem;
import dev.cloudabi.emulator.syscall.FileCalls;
import dev.cloudabi.emulator.syscall.GuestCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Random trees with symbolic links and random paths: the resolver (through {@code file_stat_get})
 * agrees with {@link ResolverModel}, and never reaches an inode outside the granted directory (a
 * sentinel tree with its own links sits beside it).
 */
class ResolverPropertyTest {
  private static final String[] NAMES = {"a", "b", "c"};
  private static final String[] TOKENS = {"a", "b", "c", ".", "..", "", "x"};

  @Property(tries = 150)
  void inMemory(@ForAll long seed) throws IOException {
    MemFileSystem fs =
        MemFileSystem.create(GuestClock.deterministic(1_600_000_000_000_000_000L, 1_000));
    check(seed, fs.root());
    Statistics.label("outcome").coverage(c -> c.check("reached").percentage(p -> p > 3.0));
  }

  @Property(tries = 30)
  void onTheHost(@ForAll long seed) throws IOException {
    Path temp = Files.createTempDirectory("resolver-property");
    try {
      check(seed, (DirectoryObject) HostObjects.open(AmbientAuthority.forLauncher(), temp));
    } finally {
      try (Stream<Path> paths = Files.walk(temp)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static void check(long seed, DirectoryObject root) throws IOException {
    Random random = new Random(seed);
    Sentinels.write(root, "a", "outside");
    root.createDirectory("b");
    root.symlink("b", "c");
    root.createDirectory("g");
    ResolverModel.Dir model = new ResolverModel.Dir();
    Map<ResolverModel.Node, Long> inodes = new IdentityHashMap<>();
    try (DirectoryObject granted = root.openDirectory("g")) {
      inodes.put(model, granted.stat().inode());
      build(random, granted, model, inodes, 0);
    }
    Set<Long> inside = new HashSet<>(inodes.values());
    try (GuestCalls calls =
        new GuestCalls(List.of(InjectedFd.withMaxRights(root.openDirectory("g"))))) {
      FileCalls f = new FileCalls(calls);
      for (int i = 0; i < 25; i++) {
        String path = randomPath(random);
        for (boolean follow : new boolean[] {false, true}) {
          ResolverModel.Outcome expected = ResolverModel.resolve(model, path, follow);
          int errno = f.stat(0, path, follow);
          String actual =
              errno == 0
                  ? "inode " + calls.memory().readU64(f.lastStat() + 8)
                  : Errno.nameOf(errno);
          String wanted =
              expected.errno() == null
                  ? "inode " + inodes.get(expected.node())
                  : expected.errno().name();
          assertThat(actual)
              .as("%s (follow %s, seed %s)", path.replace("\0", "\\0"), follow, seed)
              .isEqualTo(wanted);
          Statistics.label("outcome").collect(errno == 0 ? "reached" : "refused");
          if (errno == 0) {
            assertThat(inside).contains(calls.memory().readU64(f.lastStat() + 8));
          }
        }
      }
    }
    root.close();
  }

  private static void build(
      Random random,
      DirectoryObject dir,
      ResolverModel.Dir model,
      Map<ResolverModel.Node, Long> inodes,
      int depth)
      throws IOException {
    for (String name : NAMES) {
      int kind = random.nextInt(depth >= 2 ? 3 : 4);
      switch (kind) {
        case 0 -> {}
        case 1 -> {
          Sentinels.write(dir, name, name);
          ResolverModel.File file = new ResolverModel.File();
          model.children.put(name, file);
          inodes.put(file, dir.stat(name).inode());
        }
        case 2 -> {
          String target = randomPath(random);
          if (target.isEmpty() || target.indexOf('\0') >= 0) {
            target = "..";
          }
          dir.symlink(target, name);
          ResolverModel.Link link = new ResolverModel.Link(target);
          model.children.put(name, link);
          inodes.put(link, dir.stat(name).inode());
        }
        default -> {
          dir.createDirectory(name);
          ResolverModel.Dir child = new ResolverModel.Dir();
          model.children.put(name, child);
          try (DirectoryObject sub = dir.openDirectory(name)) {
            inodes.put(child, sub.stat().inode());
            build(random, sub, child, inodes, depth + 1);
          }
        }
      }
    }
  }

  private static String randomPath(Random random) {
    StringBuilder path = new StringBuilder();
    if (random.nextInt(10) == 0) {
      path.append('/');
    }
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        path.append(random.nextInt(8) == 0 ? "//" : "/");
      }
      path.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    if (random.nextInt(5) == 0) {
      path.append('/');
    }
    if (random.nextInt(40) == 0) {
      path.insert(random.nextInt(path.length() + 1), '\0');
    }
    return path.toString();
  }
}
