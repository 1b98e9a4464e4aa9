package dev.cloudabi.elf.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfParseLimits;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The word-at-a-time scan finds runs and prefixed names wherever they fall in a word. */
class SyscallNameScannerTest {
  private static final int DATA = 64 + 56;

  private static final String DATA_TEXT =
      "\0abc\0fd_write\0fd_read\0\0proc_exit\0clock_time_get\0clock_res_get\0fd_sync\0"
          + "random_get\0Upper\0cloudabi_sys_mem_map\0"
          + "a_name_far_too_long_to_be_a_syscall_name_or_prefixed\0mem_unmap";

  @ParameterizedTest(name = "shifted by {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
  void theLongestRunOfNamesAndThePrefixedNamesAreFound(int shift) throws Exception {
    byte[] data = ("x".repeat(shift) + DATA_TEXT).getBytes(StandardCharsets.US_ASCII);
    ElfFile elf = ElfFile.parse(elfWithOneDataSegment(data), ElfParseLimits.defaults());

    CarriedNames carried = SyscallNameScanner.scan(elf);

    assertThat(carried.table()).isPresent();
    assertThat(carried.table().get().names())
        .containsExactly("proc_exit", "clock_time_get", "clock_res_get", "fd_sync", "random_get");
    assertThat(carried.table().get().fileOffset())
        .isEqualTo(DATA + shift + DATA_TEXT.indexOf("proc_exit"));
    assertThat(carried.prefixedStrings()).containsExactly("cloudabi_sys_mem_map");
  }

  /** ELF64 executable, no sections, one readable PT_LOAD holding {@code data}. */
  private static byte[] elfWithOneDataSegment(byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(DATA + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 17});
    b.putShort(16, (short) 2).putShort(18, (short) 62).putInt(20, 1);
    b.putLong(32, 64).putShort(52, (short) 64).putShort(54, (short) 56).putShort(56, (short) 1);
    b.putShort(58, (short) 64);
    b.putInt(64, 1).putInt(68, 4).putLong(72, DATA).putLong(96, data.length);
    b.putLong(104, data.length).putLong(112, 1);
    b.put(DATA, data);
    return b.array();
  }
}
