package dev.cloudabi.emulator.syscall;

import static dev.cloudabi.emulator.abi.Right.FILE_ADVISE;
import static dev.cloudabi.emulator.abi.Right.FILE_ALLOCATE;
import static dev.cloudabi.emulator.abi.Right.FILE_CREATE_DIRECTORY;
import static dev.cloudabi.emulator.abi.Right.FILE_LINK_SOURCE;
import static dev.cloudabi.emulator.abi.Right.FILE_LINK_TARGET;
import static dev.cloudabi.emulator.abi.Right.FILE_READLINK;
import static dev.cloudabi.emulator.abi.Right.FILE_RENAME_SOURCE;
import static dev.cloudabi.emulator.abi.Right.FILE_RENAME_TARGET;
import static dev.cloudabi.emulator.abi.Right.FILE_SYMLINK;
import static dev.cloudabi.emulator.abi.Right.FILE_UNLINK;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.fs.Resolved;
import dev.cloudabi.emulator.memory.Prot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * File system calls (ABI §10.3-10.4): paths resolved beneath directory descriptors by {@link
 * dev.cloudabi.emulator.fs.PathResolver}, rights per §8.3 checked through the descriptor table.
 * {@code file_open}, the stat calls and {@code file_readdir} live in their own classes.
 */
final class FileSyscalls implements SyscallFamily {
  static final int UNLINK_REMOVEDIR = 0x01;
  static final int ADVICE_MIN = 1;
  static final int ADVICE_MAX = 6;

  private final FileReaddir readdir = new FileReaddir();

  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("file_advise", FileSyscalls::advise);
    table.handle("file_allocate", FileSyscalls::allocate);
    table.handle("file_create", FileSyscalls::create);
    table.handle("file_link", FileSyscalls::link);
    table.handle("file_open", FileOpen::open);
    table.handle("file_readdir", readdir::readdir);
    table.handle("file_readlink", FileSyscalls::readlink);
    table.handle("file_rename", FileSyscalls::rename);
    table.handle("file_stat_fget", FileStats::fget);
    table.handle("file_stat_fput", FileStats::fput);
    table.handle("file_stat_get", FileStats::get);
    table.handle("file_stat_put", FileStats::put);
    table.handle("file_symlink", FileSyscalls::symlink);
    table.handle("file_unlink", FileSyscalls::unlink);
  }

  /** Advice is validated first, then the right; it is advisory only (accepted, no effect). */
  static int advise(SyscallCall call) {
    int advice = (int) call.arg(3);
    if (advice < ADVICE_MIN || advice > ADVICE_MAX) {
      return Errno.EINVAL.value();
    }
    call.fds().get(call.arg(0), FILE_ADVISE.bit(), 0);
    return 0;
  }

  static int allocate(SyscallCall call) throws IOException {
    var entry = call.fds().get(call.arg(0), FILE_ALLOCATE.bit(), 0);
    long offset = call.arg(1);
    long length = call.arg(2);
    if (offset < 0 || length <= 0) {
      return Errno.EINVAL.value();
    }
    if (offset + length < 0) {
      return Errno.EFBIG.value();
    }
    if (!(entry.object() instanceof FileObject file)) {
      throw new ErrnoException(
          entry.type() == FileType.DIRECTORY ? Errno.EBADF : Errno.ESPIPE, "not a file");
    }
    file.allocate(offset, length);
    return 0;
  }

  static int create(SyscallCall call) throws IOException {
    String path = FilePaths.read(call, 1);
    if (call.arg(3) != FileType.DIRECTORY.value()) {
      return Errno.EINVAL.value();
    }
    try (Resolved at =
        FilePaths.resolve(call, call.arg(0), path, FILE_CREATE_DIRECTORY.bit(), 0, false, true)) {
      at.directory().createDirectory(at.name());
    }
    return 0;
  }

  static int link(SyscallCall call) throws IOException {
    String source = FilePaths.read(call, 1);
    String target = FilePaths.read(call, 4);
    long lookup = call.arg(0);
    try (Resolved from =
            FilePaths.resolve(
                call,
                FilePaths.lookupFd(lookup),
                source,
                FILE_LINK_SOURCE.bit(),
                0,
                FilePaths.lookupFollows(lookup),
                false);
        Resolved to =
            FilePaths.resolve(call, call.arg(3), target, FILE_LINK_TARGET.bit(), 0, false, true)) {
      from.directory().link(from.name(), to.directory(), to.name());
    }
    return 0;
  }

  static int readlink(SyscallCall call) throws IOException {
    String path = FilePaths.read(call, 1);
    String text;
    try (Resolved at =
        FilePaths.resolve(call, call.arg(0), path, FILE_READLINK.bit(), 0, false, false)) {
      text = at.directory().readlink(at.name());
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int used = (int) Math.min(bytes.length, call.arg(4));
    call.memory().check(call.arg(3), used, Prot.WRITE);
    call.memory().writeBytes(call.arg(3), java.util.Arrays.copyOf(bytes, used));
    call.setOutput(5, used);
    return 0;
  }

  static int rename(SyscallCall call) throws IOException {
    String source = FilePaths.read(call, 1);
    String target = FilePaths.read(call, 4);
    try (Resolved from =
            FilePaths.resolve(call, call.arg(0), source, FILE_RENAME_SOURCE.bit(), 0, false, true);
        Resolved to =
            FilePaths.resolve(
                call, call.arg(3), target, FILE_RENAME_TARGET.bit(), 0, false, true)) {
      from.directory().rename(from.name(), to.directory(), to.name());
    }
    return 0;
  }

  static int symlink(SyscallCall call) throws IOException {
    String text = FilePaths.read(call, 0);
    String path = FilePaths.read(call, 3);
    try (Resolved at =
        FilePaths.resolve(call, call.arg(2), path, FILE_SYMLINK.bit(), 0, false, true)) {
      at.directory().symlink(text, at.name());
    }
    return 0;
  }

  static int unlink(SyscallCall call) throws IOException {
    String path = FilePaths.read(call, 1);
    boolean directory = (call.arg(3) & UNLINK_REMOVEDIR) != 0;
    try (Resolved at =
        FilePaths.resolve(call, call.arg(0), path, FILE_UNLINK.bit(), 0, false, true)) {
      at.directory().unlink(at.name(), directory);
    }
    return 0;
  }
}
