package dev.cloudabi.emulator.abi;

import java.util.List;

/** A vDSO function: its name without the {@code cloudabi_sys_} prefix and its parameters. */
public record SyscallSignature(String name, List<Param> params, boolean removedIn2017) {
  public static final String SYMBOL_PREFIX = "cloudabi_sys_";

  public SyscallSignature {
    params = List.copyOf(params);
  }

  public String symbol() {
    return SYMBOL_PREFIX + name;
  }

  public Param param(int index) {
    return params.get(index);
  }

  public int arity() {
    return params.size();
  }
}
