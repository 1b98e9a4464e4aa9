package dev.cloudabi.elf.analysis;

/** How the loader places the image. */
public enum LoadModel {
  /** {@code ET_DYN}: any base; the load bias is passed as {@code AT_BASE}. */
  POSITION_INDEPENDENT,
  /** {@code ET_EXEC}: at the link addresses; the load bias is 0. */
  FIXED_ADDRESS,
  /** Neither (object files, core dumps). */
  NOT_LOADABLE
}
