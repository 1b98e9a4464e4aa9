package dev.cloudabi.emulator.abi;

import java.util.List;

/**
 * One signature's argument placement compiled to flat arrays, built once per system call: the
 * dispatcher decodes every call with it, without walking location records or looking up parameter
 * kinds.
 */
public final class ArgumentDecoder {
  private static final byte REGISTER = 0;
  private static final byte PAIR = 1;
  private static final byte STACK = 2;

  private final byte[] where;
  private final int[] at;
  private final int[] width;
  private final long[] mask;
  private final int stackPointerIndex;
  private final long pointerMask;

  ArgumentDecoder(
      CallingConvention convention, SyscallSignature signature, List<ArgLocation> locations) {
    int n = locations.size();
    where = new byte[n];
    at = new int[n];
    width = new int[n];
    mask = new long[n];
    for (int i = 0; i < n; i++) {
      switch (locations.get(i)) {
        case ArgLocation.InRegister r -> {
          where[i] = REGISTER;
          at[i] = r.index();
        }
        case ArgLocation.InRegisterPair p -> {
          where[i] = PAIR;
          at[i] = p.index();
        }
        case ArgLocation.OnStack s -> {
          where[i] = STACK;
          at[i] = s.offset();
          width[i] = s.width();
        }
      }
      mask[i] = convention.widthMask(signature.param(i).kind());
    }
    stackPointerIndex = convention.argumentRegisters().size();
    pointerMask = convention.arch().pointerMask();
  }

  /**
   * Decodes a call. {@code registerValues} holds {@link CallingConvention#callRegisters()} in
   * order; results go to {@code into[0..arity)}, truncated to each parameter's width.
   */
  public void decode(long[] registerValues, StackReader stack, long[] into) {
    long sp = registerValues[stackPointerIndex] & pointerMask;
    for (int i = 0; i < where.length; i++) {
      long raw =
          switch (where[i]) {
            case REGISTER -> registerValues[at[i]];
            case PAIR -> (registerValues[at[i]] & 0xFFFF_FFFFL) | (registerValues[at[i] + 1] << 32);
            default -> stack.read((sp + at[i]) & pointerMask, width[i]);
          };
      into[i] = raw & mask[i];
    }
  }
}
