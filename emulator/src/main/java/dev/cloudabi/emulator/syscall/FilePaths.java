package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.fd.FdEntry;
import dev.cloudabi.emulator.fs.PathResolver;
import dev.cloudabi.emulator.fs.Resolved;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Path arguments of the file calls: reading them from guest memory (a NUL byte or bytes that are
 * not UTF-8 give EILSEQ), looking up the directory descriptor with the call's rights, resolving
 * beneath it.
 */
final class FilePaths {
  /** Longest path accepted (ENAMETOOLONG beyond). */
  static final int MAX_PATH_BYTES = 1 << 16;

  static final int LOOKUP_SYMLINK_FOLLOW = 0x1;

  private FilePaths() {}

  /** The path at ({@code arg(pointer)}, {@code arg(pointer + 1)} bytes). */
  static String read(SyscallCall call, int pointer) {
    long length = call.arg(pointer + 1);
    if (length > MAX_PATH_BYTES) {
      throw new ErrnoException(Errno.ENAMETOOLONG, "path of " + length + " bytes");
    }
    byte[] bytes = call.memory().readBytes(call.arg(pointer), (int) length);
    for (byte b : bytes) {
      if (b == 0) {
        throw new ErrnoException(Errno.EILSEQ, "path contains a NUL byte");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ErrnoException(Errno.EILSEQ, "path is not UTF-8");
    }
  }

  /** The descriptor number of a {@code lookup} argument. */
  static long lookupFd(long lookup) {
    return lookup & 0xFFFF_FFFFL;
  }

  static boolean lookupFollows(long lookup) {
    return ((lookup >>> 32) & LOOKUP_SYMLINK_FOLLOW) != 0;
  }

  /** The directory behind an entry that passed the rights check; ENOTDIR otherwise. */
  static DirectoryObject directory(FdEntry entry, long fd) {
    if (entry.object() instanceof DirectoryObject dir) {
      return dir;
    }
    throw new ErrnoException(Errno.ENOTDIR, "descriptor " + fd + " is not a directory");
  }

  /** Checks the rights of {@code fd} and resolves {@code path} beneath it. */
  static Resolved resolve(
      SyscallCall call,
      long fd,
      String path,
      long base,
      long inheriting,
      boolean follow,
      boolean needsFinalName)
      throws IOException {
    DirectoryObject dir = directory(call.fds().get(fd, base, inheriting), fd);
    return PathResolver.resolve(dir, new PathResolver.Request(fd, path, follow, needsFinalName));
  }
}
