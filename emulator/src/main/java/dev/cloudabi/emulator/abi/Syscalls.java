package dev.cloudabi.emulator.abi;

import static dev.cloudabi.emulator.abi.Param.Role.FD;
import static dev.cloudabi.emulator.abi.Param.Role.IN_BYTES;
import static dev.cloudabi.emulator.abi.Param.Role.IOVECS;
import static dev.cloudabi.emulator.abi.Param.Role.LENGTH;
import static dev.cloudabi.emulator.abi.Param.Role.OUT_BYTES;
import static dev.cloudabi.emulator.abi.Param.Role.PATH;
import static dev.cloudabi.emulator.abi.Param.Role.PLAIN;
import static dev.cloudabi.emulator.abi.ParamKind.LOOKUP;
import static dev.cloudabi.emulator.abi.ParamKind.OUT_PTR;
import static dev.cloudabi.emulator.abi.ParamKind.OUT_SIZE;
import static dev.cloudabi.emulator.abi.ParamKind.OUT_U32;
import static dev.cloudabi.emulator.abi.ParamKind.OUT_U64;
import static dev.cloudabi.emulator.abi.ParamKind.PTR;
import static dev.cloudabi.emulator.abi.ParamKind.SIZE;
import static dev.cloudabi.emulator.abi.ParamKind.U16;
import static dev.cloudabi.emulator.abi.ParamKind.U32;
import static dev.cloudabi.emulator.abi.ParamKind.U64;
import static dev.cloudabi.emulator.abi.ParamKind.U8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system call signature table (ABI §5.3, §5.5, §13.2): the 49 final vDSO functions followed by
 * the 8 removed in 2017. This is data: the ABI classes place arguments from it and the dispatcher
 * decodes them generically. The order is the vDSO export order.
 */
public final class Syscalls {
  private static final List<SyscallSignature> ALL = new ArrayList<>();

  static {
    def("clock_res_get", u32("clock_id"), out("resolution", OUT_U64));
    def("clock_time_get", u32("clock_id"), p("precision", U64), out("time", OUT_U64));
    def("condvar_signal", ptr("condvar"), p("scope", U8), u32("nwaiters"));
    def("fd_close", fd("fd"));
    def("fd_create1", p("type", U8), out("fd", OUT_U32));
    def("fd_create2", p("type", U8), out("fd1", OUT_U32), out("fd2", OUT_U32));
    def("fd_datasync", fd("fd"));
    def("fd_dup", fd("from"), out("fd", OUT_U32));
    def("fd_pread", fd("fd"), iovs(), len("iovs_len"), p("offset", U64), out("nread", OUT_SIZE));
    def(
        "fd_pwrite",
        fd("fd"),
        iovs(),
        len("iovs_len"),
        p("offset", U64),
        out("nwritten", OUT_SIZE));
    def("fd_read", fd("fd"), iovs(), len("iovs_len"), out("nread", OUT_SIZE));
    def("fd_replace", fd("from"), fd("to"));
    def("fd_seek", fd("fd"), p("offset", U64), p("whence", U8), out("newoffset", OUT_U64));
    def("fd_stat_get", fd("fd"), ptr("buf"));
    def("fd_stat_put", fd("fd"), ptr("buf"), p("flags", U16));
    def("fd_sync", fd("fd"));
    def("fd_write", fd("fd"), iovs(), len("iovs_len"), out("nwritten", OUT_SIZE));
    def("file_advise", fd("fd"), p("offset", U64), p("len", U64), p("advice", U8));
    def("file_allocate", fd("fd"), p("offset", U64), p("len", U64));
    def("file_create", fd("fd"), path("path"), len("path_len"), p("type", U8));
    def(
        "file_link",
        lookup("fd1"),
        path("path1"),
        len("path1_len"),
        fd("fd2"),
        path("path2"),
        len("path2_len"));
    def(
        "file_open",
        lookup("dirfd"),
        path("path"),
        len("path_len"),
        p("oflags", U16),
        ptr("fds"),
        out("fd", OUT_U32));
    def(
        "file_readdir",
        fd("fd"),
        new Param("buf", PTR, OUT_BYTES),
        len("buf_len"),
        p("cookie", U64),
        out("bufused", OUT_SIZE));
    def(
        "file_readlink",
        fd("fd"),
        path("path"),
        len("path_len"),
        new Param("buf", PTR, OUT_BYTES),
        len("buf_len"),
        out("bufused", OUT_SIZE));
    def(
        "file_rename",
        fd("fd1"),
        path("path1"),
        len("path1_len"),
        fd("fd2"),
        path("path2"),
        len("path2_len"));
    def("file_stat_fget", fd("fd"), ptr("buf"));
    def("file_stat_fput", fd("fd"), ptr("buf"), p("flags", U16));
    def("file_stat_get", lookup("fd"), path("path"), len("path_len"), ptr("buf"));
    def("file_stat_put", lookup("fd"), path("path"), len("path_len"), ptr("buf"), p("flags", U16));
    def("file_symlink", path("path1"), len("path1_len"), fd("fd"), path("path2"), len("path2_len"));
    def("file_unlink", fd("fd"), path("path"), len("path_len"), p("flags", U8));
    def("lock_unlock", ptr("lock"), p("scope", U8));
    def("mem_advise", ptr("mapping"), size("mapping_len"), p("advice", U8));
    def(
        "mem_map",
        ptr("addr"),
        size("len"),
        p("prot", U8),
        p("flags", U8),
        fd("fd"),
        p("off", U64),
        out("mem", OUT_PTR));
    def("mem_protect", ptr("mapping"), size("mapping_len"), p("prot", U8));
    def("mem_sync", ptr("mapping"), size("mapping_len"), p("flags", U8));
    def("mem_unmap", ptr("mapping"), size("mapping_len"));
    def("poll", ptr("in"), ptr("out"), size("nsubscriptions"), out("nevents", OUT_SIZE));
    def(
        "proc_exec",
        fd("fd"),
        new Param("data", PTR, IN_BYTES),
        len("data_len"),
        ptr("fds"),
        size("fds_len"));
    def("proc_exit", u32("rval"));
    def("proc_fork", out("fd", OUT_U32), out("tid", OUT_U32));
    def("proc_raise", p("sig", U8));
    def("random_get", new Param("buf", PTR, OUT_BYTES), len("buf_len"));
    def("sock_recv", fd("sock"), ptr("in"), ptr("out"));
    def("sock_send", fd("sock"), ptr("in"), ptr("out"));
    def("sock_shutdown", fd("sock"), p("how", U8));
    def("thread_create", ptr("attr"), out("tid", OUT_U32));
    def("thread_exit", ptr("lock"), p("scope", U8));
    def("thread_yield");
    removed("mem_lock", ptr("mapping"), size("mapping_len"));
    removed("mem_unlock", ptr("mapping"), size("mapping_len"));
    removed(
        "poll_fd",
        fd("fd"),
        ptr("in"),
        size("in_len"),
        ptr("out"),
        size("out_len"),
        ptr("timeout"),
        out("nevents", OUT_SIZE));
    removed("sock_accept", fd("sock"), ptr("buf"), out("conn", OUT_U32));
    removed("sock_bind", fd("sock"), fd("fd"), path("path"), len("path_len"));
    removed("sock_connect", fd("sock"), fd("fd"), path("path"), len("path_len"));
    removed("sock_listen", fd("sock"), u32("backlog"));
    removed("sock_stat_get", fd("sock"), ptr("buf"), p("flags", U8));
  }

  private static final Map<String, SyscallSignature> BY_NAME = new LinkedHashMap<>();

  static {
    for (SyscallSignature signature : ALL) {
      BY_NAME.put(signature.name(), signature);
    }
  }

  private Syscalls() {}

  /** All 57 signatures, final ones first, in vDSO export order. */
  public static List<SyscallSignature> all() {
    return List.copyOf(ALL);
  }

  public static Optional<SyscallSignature> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static SyscallSignature get(String name) {
    return byName(name)
        .orElseThrow(() -> new IllegalArgumentException("no system call named " + name));
  }

  private static void def(String name, Param... params) {
    ALL.add(new SyscallSignature(name, List.of(params), false));
  }

  private static void removed(String name, Param... params) {
    ALL.add(new SyscallSignature(name, List.of(params), true));
  }

  private static Param p(String name, ParamKind kind) {
    return new Param(name, kind, PLAIN);
  }

  private static Param u32(String name) {
    return new Param(name, U32, PLAIN);
  }

  private static Param fd(String name) {
    return new Param(name, U32, FD);
  }

  private static Param ptr(String name) {
    return new Param(name, PTR, PLAIN);
  }

  private static Param size(String name) {
    return new Param(name, SIZE, PLAIN);
  }

  private static Param len(String name) {
    return new Param(name, SIZE, LENGTH);
  }

  private static Param path(String name) {
    return new Param(name, PTR, PATH);
  }

  private static Param iovs() {
    return new Param("iovs", PTR, IOVECS);
  }

  private static Param lookup(String name) {
    return new Param(name, LOOKUP, FD);
  }

  private static Param out(String name, ParamKind kind) {
    return new Param(name, kind, PLAIN);
  }
}
