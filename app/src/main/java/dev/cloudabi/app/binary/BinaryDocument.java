package dev.cloudabi.app.binary;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.analysis.CloudAbiReport;
import dev.cloudabi.elf.analysis.SyscallImports;
import java.nio.file.Path;
import java.util.List;

/**
 * An opened binary with everything the inspector views show, computed once off the FX thread.
 *
 * @param bytes the file mapped for the hex view
 * @param report the CloudABI analysis
 * @param findings the analysis findings and parser diagnostics, errors first
 * @param syscalls the vDSO names it carries and the wrappers its code reaches
 * @param verdict one line: "Runs in the emulator" or why not
 */
public record BinaryDocument(
    Path path,
    ElfFile elf,
    FileBytes bytes,
    List<SymbolRow> symbols,
    List<RelocationRow> relocations,
    CloudAbiReport report,
    List<Finding> findings,
    String verdict,
    StructureIndex structures,
    AddressMapper addresses,
    SyscallImports syscalls)
    implements dev.cloudabi.app.workspace.WorkspaceItem {}
