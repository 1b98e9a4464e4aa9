package dev.cloudabi.emulator.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.abi.Syscalls;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.syscall.SyscallTable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The synthesised vDSO binds the way cloudlibc's {@code link_vdso} binds it (ABI §5.1). */
class VdsoImageTest {
  @ParameterizedTest
  @EnumSource(Arch.class)
  void linkingLikeCloudlibcFindsEveryStub(Arch arch) {
    VdsoImage image = VdsoImage.build(arch, 0, Syscalls.all());
    Map<String, Long> bound = link(image.bytes(), arch.is64Bit());

    assertThat(bound).hasSize(57);
    for (int i = 0; i < Syscalls.all().size(); i++) {
      SyscallSignature signature = Syscalls.all().get(i);
      assertThat(bound.get(signature.name())).isEqualTo(image.stubOffset(i));
    }
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void headerHasTheGuestsClassMachineAndCloudabiOsabi(Arch arch) {
    ByteBuffer b = ByteBuffer.wrap(VdsoImage.build(arch, 0x05000000L, Syscalls.all()).bytes());
    b.order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getInt(0)).isEqualTo(0x464C457F);
    assertThat(b.get(4)).isEqualTo((byte) (arch.is64Bit() ? 2 : 1));
    assertThat(b.get(7)).isEqualTo((byte) 17);
    assertThat(b.getShort(16)).isEqualTo((short) 3);
    assertThat(b.getShort(18)).isEqualTo((short) arch.eMachine());
  }

  @Test
  void armStubsAreEvenAndTheirGatesLoadTheErrnoAndBxLr() {
    VdsoImage image = VdsoImage.build(Arch.ARMV6, 0, Syscalls.all());
    ByteBuffer b = ByteBuffer.wrap(image.bytes()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 57; i++) {
      assertThat(image.stubOffset(i) % 2).isZero();
      int gate = (int) image.gateOffset(i);
      assertThat(b.getInt(gate)).isEqualTo(0xE15D00B4); // ldrh r0, [sp, #-4]
      assertThat(b.getInt(gate + 4)).isEqualTo(0xE12FFF1E); // bx lr
    }
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void everyStubJumpsToItsOwnGate(Arch arch) {
    VdsoImage image = VdsoImage.build(arch, 0, Syscalls.all());
    ByteBuffer b = ByteBuffer.wrap(image.bytes()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 57 + VdsoImage.TRAP_COUNT; i++) {
      int stub = (int) image.stubOffset(i);
      long target =
          switch (arch) {
            case X86_64, I686 -> stub + 13 + b.getInt(stub + 9);
            case AARCH64 -> stub + 4 + ((long) (b.getInt(stub + 4) << 6) >> 4);
            case ARMV6 -> stub + 12 + ((long) (b.getInt(stub + 4) << 8) >> 6);
          };
      assertThat(target).as("stub %d of %s", i, arch).isEqualTo(image.gateOffset(i));
    }
  }

  @Test
  void everyExportedNameHasAHandlerOrAnExplicitEnosysEntry() {
    SyscallTable table = SyscallTable.standard();
    for (SyscallSignature signature : Syscalls.all()) {
      assertThat(table.handler(signature.name())).as(signature.name()).isPresent();
    }
  }

  @Test
  void thisIssuesSyscallsAreImplementedNotEnosys() {
    SyscallTable table = SyscallTable.standard();
    for (String name :
        new String[] {
          "clock_res_get",
          "clock_time_get",
          "random_get",
          "proc_exit",
          "proc_raise",
          "mem_map",
          "mem_unmap",
          "mem_protect",
          "mem_advise",
          "mem_sync",
          "mem_lock",
          "mem_unlock",
          "fd_read",
          "fd_write",
          "fd_pread",
          "fd_pwrite",
          "fd_close",
          "fd_dup",
          "fd_replace",
          "fd_seek",
          "fd_stat_get",
          "fd_stat_put",
          "fd_sync",
          "fd_datasync",
          "thread_yield"
        }) {
      assertThat(table.isEnosys(name)).as(name).isFalse();
    }
    // Binding UNIX sockets beneath a directory stays unsupported on purpose (sockets come from the
    // launcher), as an explicit ENOSYS entry.
    assertThat(table.isEnosys("sock_bind")).isTrue();
  }

  /** cloudlibc's algorithm: PT_DYNAMIC → DT_HASH nchain, DT_SYMTAB, DT_STRTAB → symbols. */
  private static Map<String, Long> link(byte[] image, boolean wide) {
    ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
    long phoff = wide ? b.getLong(0x20) : b.getInt(0x1C);
    int phentsize = b.getShort(wide ? 0x36 : 0x2A);
    int phnum = b.getShort(wide ? 0x38 : 0x2C);
    long dynamic = -1;
    for (int i = 0; i < phnum; i++) {
      int ph = (int) phoff + i * phentsize;
      if (b.getInt(ph) == 2) {
        dynamic = wide ? b.getLong(ph + 16) : b.getInt(ph + 8);
        break;
      }
    }
    assertThat(dynamic).isPositive();
    long hash = 0;
    long symtab = 0;
    long strtab = 0;
    for (int d = (int) dynamic; ; d += wide ? 16 : 8) {
      long tag = wide ? b.getLong(d) : b.getInt(d);
      long value = wide ? b.getLong(d + 8) : b.getInt(d + 4);
      if (tag == 0) {
        break;
      }
      if (tag == 4) {
        hash = value;
      } else if (tag == 5) {
        strtab = value;
      } else if (tag == 6) {
        symtab = value;
      }
    }
    int nchain = b.getInt((int) hash + 4);
    Map<String, Long> bound = new LinkedHashMap<>();
    int symSize = wide ? 24 : 16;
    for (int i = 0; i < nchain; i++) {
      int sym = (int) symtab + i * symSize;
      int name = b.getInt(sym);
      int info = b.get(sym + (wide ? 4 : 12)) & 0xFF;
      int other = b.get(sym + (wide ? 5 : 13)) & 0xFF;
      long value = wide ? b.getLong(sym + 8) : b.getInt(sym + 4);
      if ((info >> 4) == 1 && (info & 0xF) == 2 && (other & 3) == 0 && name > 0) {
        int end = (int) strtab + name;
        while (image[end] != 0) {
          end++;
        }
        String symbol =
            new String(
                image, (int) strtab + name, end - (int) strtab - name, StandardCharsets.US_ASCII);
        if (symbol.startsWith("cloudabi_sys_")) {
          bound.put(symbol.substring("cloudabi_sys_".length()), value);
        }
      }
    }
    return bound;
  }

  @ParameterizedTest
  @EnumSource(
      value = Arch.class,
      names = {"AARCH64", "ARMV6"})
  void armStubsAndGatesShareOneKibibyte(Arch arch) {
    VdsoImage image = VdsoImage.build(arch, 0, Syscalls.all());
    long last = Syscalls.all().size() + VdsoImage.TRAP_COUNT - 1;
    // Unicorn's ARM pages are 1 KiB; a jump is chained to its target block only within one.
    assertThat(image.stubOffset(0) / 1024).isEqualTo(image.gatesEnd() / 1024);
    assertThat(image.stubOffset((int) last) + image.stubSize())
        .isLessThanOrEqualTo(image.gatesStart());
  }
}
