package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.abi.CallingConvention;
import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.abi.Syscalls;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.crash.CrashReport;
import dev.cloudabi.emulator.crash.SymbolIndex;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.env.RandomSource;
import dev.cloudabi.emulator.fd.FdTable;
import dev.cloudabi.emulator.loader.AddressLayout;
import dev.cloudabi.emulator.loader.Executable;
import dev.cloudabi.emulator.loader.LoadException;
import dev.cloudabi.emulator.loader.LoadedProcess;
import dev.cloudabi.emulator.loader.ProcessLoader;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.syscall.Dispatcher;
import dev.cloudabi.emulator.syscall.ProcessContext;
import dev.cloudabi.emulator.syscall.SyscallTable;
import dev.cloudabi.emulator.trace.TraceBus;
import dev.cloudabi.emulator.trace.TraceEvent;
import dev.cloudabi.emulator.unicorn.EngineStop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A running guest process: guest memory, descriptor table, clocks, the syscall dispatcher and its
 * threads (today only the initial one; each future thread gets its own engine over the same
 * memory).
 */
public final class GuestProcess implements ProcessContext, AutoCloseable {
  public static final int MAIN_TID = 2;

  private final Arch arch;
  private final GuestMemory memory;
  private final FdTable fds;
  private final GuestClock clock;
  private final RandomSource random;
  private final TraceBus trace;
  private final Termination termination = new Termination();
  private final dev.cloudabi.emulator.syscall.SharedFileMappings sharedFileMappings =
      new dev.cloudabi.emulator.syscall.SharedFileMappings();
  private final List<GuestThread> threads = new CopyOnWriteArrayList<>();
  private final LoadedProcess image;
  private final SymbolIndex symbols;
  private final Dispatcher dispatcher;
  private final long budget;
  private final java.util.Optional<dev.cloudabi.elf.disasm.Disassembler> disassembler;

  private GuestProcess(EmulatorConfig config, Executable exe, TraceBus trace) throws LoadException {
    this.arch = exe.arch();
    this.trace = trace;
    this.clock = config.clock();
    this.random = config.random();
    this.budget = config.limits().instructionBudget();
    this.disassembler = config.disassembler();
    this.memory = new GuestMemory(AddressLayout.ADDRESS_SPACE, config.limits().memoryCap());
    boolean ok = false;
    try {
      byte[] startupRandom = new byte[ProcessLoader.CANARY_LENGTH + 16];
      random.nextBytes(startupRandom);
      this.image =
          ProcessLoader.load(
              exe,
              memory,
              Syscalls.all(),
              config.argdata(),
              config.limits().stackSize(),
              config.cpuCount(),
              MAIN_TID,
              startupRandom);
      ok = true;
    } catch (dev.cloudabi.emulator.abi.ErrnoException e) {
      throw new LoadException("the process image does not fit: " + e.getMessage());
    } finally {
      if (!ok) {
        memory.close();
      }
    }
    this.symbols = new SymbolIndex(image.symbols());
    this.fds = new FdTable(config.descriptors());
    this.dispatcher =
        new Dispatcher(
            CallingConvention.of(arch),
            SyscallTable.standard(),
            image.vdsoImage().syscalls(),
            trace);
  }

  /** Checks and loads; nothing runs yet. */
  public static GuestProcess create(EmulatorConfig config, TraceBus trace) throws LoadException {
    byte[] argdata = config.argdata();
    if (argdata.length > config.limits().maxArgdataBytes()) {
      throw new LoadException(
          "the Argdata buffer has "
              + argdata.length
              + " bytes, more than the limit of "
              + config.limits().maxArgdataBytes());
    }
    Executable exe = Executable.parse(config.executable(), config.limits().maxImageSpan());
    return new GuestProcess(config, exe, trace);
  }

  /** Runs the initial thread to the end of the process. */
  public ExitStatus run() {
    GuestThread main =
        new GuestThread(
            this,
            MAIN_TID,
            dispatcher,
            image.vdso() + dev.cloudabi.emulator.loader.VdsoImage.STUB_OFFSET,
            image.vdso() + image.vdsoImage().stubsEnd());
    threads.add(main);
    try {
      memory.attach(main);
      ThreadSetup.prepare(main.cpu, memory, image.tlsSlot(), image.tcb(), image.gdt());
      CallingConvention convention = dispatcher.convention();
      convention.enterFunction(
          main.cpu,
          memory::writeWord,
          image.entry(),
          image.stackTop(),
          image.entryReturn(),
          image.auxv());
      if (trace.active()) {
        trace.publish(
            new TraceEvent.ProcessStarted(
                trace.nextSequence(), arch.displayName(), image.entry(), MAIN_TID));
      }
      if (termination.get() == null) {
        EngineStop stop = main.run(image.entry(), budget);
        conclude(main, stop);
      }
    } catch (RuntimeException e) {
      // A defect of the emulator (not of the guest) must still end the run with a status.
      long pc = main.cpu.read(dispatcher.convention().programCounter());
      crash(main, "emulator error: " + e, Signal.SIGSYS, pc, -1);
    } finally {
      memory.detach(main);
      threads.remove(main);
      main.close();
    }
    ExitStatus status = termination.get();
    publishEnd(status);
    return status;
  }

  private void conclude(GuestThread thread, EngineStop stop) {
    if (termination.get() != null) {
      return;
    }
    long pc = thread.cpu.read(dispatcher.convention().programCounter());
    if (thread.returnedFromEntry) {
      crash(thread, "the entry point returned", Signal.SIGSEGV, pc, -1);
    } else if (stop != EngineStop.NORMAL) {
      long faultPc = thread.faultPc >= 0 ? thread.faultPc : pc;
      if (thread.faultAccess != null) {
        faultPc =
            switch (thread.faultAccess) {
              // A fetch fault happens at the target itself.
              case FETCH_UNMAPPED, FETCH_PROT -> thread.faultAddress;
              default -> thread.locateFault(faultPc, thread.faultAccess, thread.faultAddress);
            };
      }
      String reason =
          thread.faultAccess != null ? thread.faultAccess.description() : stop.description();
      crash(
          thread,
          reason,
          Interrupts.signalOf(stop),
          faultPc,
          thread.faultAccess != null ? thread.faultAddress : -1);
    } else if (thread.interrupt >= 0) {
      crash(
          thread,
          Interrupts.describe(arch, thread.interrupt),
          Interrupts.signalOf(arch, thread.interrupt),
          thread.faultPc,
          -1);
    } else if (budget > 0) {
      termination.set(new ExitStatus.BudgetExhausted(budget));
    } else {
      crash(thread, "emulation stopped unexpectedly", Signal.SIGKILL, pc, -1);
    }
  }

  private void crash(GuestThread thread, String reason, Signal signal, long pc, long faultAddress) {
    CrashReport report =
        CrashReports.build(
            disassembler, thread.cpu, memory, symbols, reason, signal, pc, faultAddress);
    termination.set(new ExitStatus.Crashed(report));
  }

  private void publishEnd(ExitStatus status) {
    if (!trace.active()) {
      return;
    }
    long seq = trace.nextSequence();
    trace.publish(
        switch (status) {
          case ExitStatus.Exited e -> new TraceEvent.ProcessExited(seq, e.code());
          case ExitStatus.Signaled s -> new TraceEvent.ProcessSignaled(seq, s.signal().name());
          case ExitStatus.Crashed c ->
              new TraceEvent.ProcessFaulted(
                  seq, c.report().reason(), c.report().pc(), c.report().faultAddress());
          default -> new TraceEvent.ProcessEnded(seq, status.describe());
        });
  }

  /** Ends the run from outside (stop request or timeout), also out of blocking host calls. */
  public void requestEnd(ExitStatus status) {
    if (termination.set(status)) {
      stopAll();
      for (GuestThread thread : threads) {
        thread.interruptHostCall();
      }
    }
  }

  public void requestTimeout(Duration limit) {
    requestEnd(new ExitStatus.TimedOut(limit));
  }

  private void stopAll() {
    for (GuestThread thread : threads) {
      thread.cpu.stop();
    }
  }

  // ---- ProcessContext -----------------------------------------------------------------------

  @Override
  public Arch arch() {
    return arch;
  }

  @Override
  public GuestMemory memory() {
    return memory;
  }

  @Override
  public FdTable fds() {
    return fds;
  }

  @Override
  public GuestClock clock() {
    return clock;
  }

  @Override
  public RandomSource random() {
    return random;
  }

  @Override
  public dev.cloudabi.emulator.syscall.SharedFileMappings sharedFileMappings() {
    return sharedFileMappings;
  }

  @Override
  public long mmapBase() {
    return AddressLayout.MMAP_BASE;
  }

  @Override
  public void exit(long code) {
    if (termination.set(new ExitStatus.Exited(code))) {
      stopAll();
    }
  }

  @Override
  public void terminate(Signal signal) {
    if (termination.set(new ExitStatus.Signaled(signal))) {
      stopAll();
    }
  }

  @Override
  public void codeChanged(long address, long length) {
    for (GuestThread thread : threads) {
      thread.cpu.invalidateCode(address, length);
    }
  }

  @Override
  public void close() {
    try {
      // Like munmap at exit: shared file mappings reach their files before descriptors close.
      sharedFileMappings.syncAll(memory);
    } catch (java.io.IOException e) {
      // The guest is gone; a failed write-back cannot be reported to it any more.
    }
    fds.closeAll();
    memory.close();
  }
}
