package dev.cloudabi.runner.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line every tool prints for {@code --version}. */
final class Version implements IVersionProvider {
  static final String TEXT = "CloudABI Workbench 0.1.0";

  @Override
  public String[] getVersion() {
    return new String[] {TEXT};
  }
}
