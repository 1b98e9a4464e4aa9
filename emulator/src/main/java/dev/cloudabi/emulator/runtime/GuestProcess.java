package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.abi.CallingConvention;
import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.abi.Syscalls;
import dev.cloudabi.emulator.cpu.Arch;
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
import dev.cloudabi.emulator.sync.CpuRelease;
import dev.cloudabi.emulator.sync.UserLocks;
import dev.cloudabi.emulator.syscall.Dispatcher;
import dev.cloudabi.emulator.syscall.ProcessContext;
import dev.cloudabi.emulator.syscall.ProcessResources;
import dev.cloudabi.emulator.syscall.SyscallTable;
import dev.cloudabi.emulator.trace.TraceBus;
import dev.cloudabi.emulator.trace.TraceEvent;
import dev.cloudabi.emulator.unicorn.EngineStop;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A running guest process: guest memory, descriptor table, clocks, the syscall dispatcher, the
 * userspace locks and its threads, each with its own engine over the same memory, taking turns on
 * one {@link CpuLock} (ADR 0003, ADR 0015).
 */
public final class GuestProcess implements ProcessContext, AutoCloseable {
  public static final int MAIN_TID = 2;

  /** Thread ids live in the low 30 bits of a lock word (ABI §11.1). */
  private static final int MAX_TID = 0x3FFF_FFFF;

  /** Host stack of a guest thread's host thread (upcalls from Unicorn run on it). */
  private static final long HOST_STACK_BYTES = 4L << 20;

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
  private final Dispatcher dispatcher;
  private final InstructionBudget budget;
  private final CpuLock cpu = new CpuLock();
  private final Preempter preempter;
  private final UserLocks locks = new UserLocks();
  private final List<Thread> hostThreads = new CopyOnWriteArrayList<>();
  private final ThreadAreas threadAreas;
  private final ThreadEndings endings;
  private int nextTid = MAIN_TID + 1;

  private GuestProcess(EmulatorConfig config, Executable exe, TraceBus trace) throws LoadException {
    this.arch = exe.arch();
    this.trace = trace;
    this.clock = config.clock();
    this.random = config.random();
    this.budget = new InstructionBudget(config.limits().instructionBudget());
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
    this.threadAreas = new ThreadAreas(memory);
    this.preempter = new Preempter(cpu, !budget.limited(), this::repeatStopWhenEnding);
    this.fds = new FdTable(config.descriptors());
    this.resources =
        new ProcessResources(
            arch, memory, fds, clock, random, sharedFileMappings, AddressLayout.MMAP_BASE, locks);
    this.dispatcher =
        new Dispatcher(
            CallingConvention.of(arch),
            SyscallTable.standard(),
            image.vdsoImage().syscalls(),
            trace);
    this.endings =
        new ThreadEndings(
            arch,
            dispatcher.convention().programCounter(),
            config.disassembler(),
            memory,
            new SymbolIndex(image.symbols()),
            budget);
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

  /**
   * Runs the initial thread on the calling thread, then waits until the process has ended and every
   * other thread's host thread is gone.
   */
  public ExitStatus run() {
    preempter.start();
    GuestThread main = newThread(MAIN_TID);
    cpu.acquire(main);
    try {
      memory.attach(main);
      ThreadSetup.prepare(main.cpu, memory, image.tlsSlot(), image.tcb(), image.gdt());
      dispatcher
          .convention()
          .enterFunction(
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
      runThread(main, image.entry());
    } finally {
      finishThread(main, null);
      cpu.release();
    }
    ExitStatus status = awaitAllThreads();
    publishEnd(status);
    return status;
  }

  private GuestThread newThread(int tid) {
    long gates = image.vdso() + image.vdsoImage().gatesStart();
    GuestThread thread =
        new GuestThread(this, tid, dispatcher, gates, image.vdso() + image.vdsoImage().gatesEnd());
    threads.add(thread);
    return thread;
  }

  /** Runs a thread's guest code to its end and records how the process ends, if it does. */
  private void runThread(GuestThread thread, long pc) {
    try {
      if (termination.get() == null) {
        EngineStop stop = thread.run(pc, cpu, budget);
        if (!thread.exited() && termination.get() == null) {
          end(endings.of(thread, stop));
        }
      }
    } catch (RuntimeException e) {
      end(endings.emulatorError(thread, e));
    }
  }

  /** Removes an ended thread (with the CPU held); the last one to go ends the process. */
  private void finishThread(GuestThread thread, ThreadAreas.Area area) {
    memory.detach(thread);
    threads.remove(thread);
    thread.close();
    if (area != null) {
      threadAreas.free(area);
    }
    if (threads.isEmpty()) {
      // The last thread left with thread_exit (any other ending was recorded before): as a
      // process whose last thread exits, the process exits with status 0.
      end(new ExitStatus.Exited(0));
    }
  }

  /** Waits for the end of the process and for the host threads of all guest threads. */
  private ExitStatus awaitAllThreads() {
    boolean interrupted = false;
    while (true) {
      try {
        termination.await();
        // By index, not by iterator: a thread may create another one until it ends, and the
        // iterator's snapshot would miss it (its trace events would then come after the close).
        for (int i = 0; i < hostThreads.size(); i++) {
          hostThreads.get(i).join();
        }
        preempter.shutdown();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        requestEnd(new ExitStatus.Stopped());
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return termination.get();
  }

  // ---- threads created by the guest ---------------------------------------------------------

  /** {@code thread_create}: called by a running thread, so with the CPU held. */
  @Override
  public int createThread(long entry, long stack, long stackLength, long argument) {
    if (nextTid > MAX_TID) {
      throw new ErrnoException(Errno.EAGAIN, "thread ids are used up");
    }
    ThreadAreas.Area area = threadAreas.allocate();
    int tid = nextTid++;
    GuestThread thread = newThread(tid);
    try {
      memory.attach(thread);
      if (arch == Arch.X86_64 || arch == Arch.I686) {
        memory.writeWord(area.slot(), area.tcb(), arch.pointerSize());
      }
      ThreadSetup.prepare(thread.cpu, memory, area.slot(), area.tcb(), area.gdt());
      dispatcher
          .convention()
          .enterFunction(
              thread.cpu,
              memory::writeWord,
              entry,
              stack + stackLength,
              image.entryReturn(),
              tid,
              argument);
    } catch (RuntimeException e) {
      memory.detach(thread);
      threads.remove(thread);
      thread.close();
      threadAreas.free(area);
      throw e;
    }
    Thread host =
        Thread.ofPlatform()
            .name("cloudabi-thread-" + tid)
            .daemon()
            .stackSize(HOST_STACK_BYTES)
            .unstarted(() -> threadMain(thread, entry, area));
    hostThreads.add(host);
    host.start();
    return tid;
  }

  private void threadMain(GuestThread thread, long entry, ThreadAreas.Area area) {
    cpu.acquire(thread);
    try {
      runThread(thread, entry);
    } finally {
      finishThread(thread, area);
      cpu.release();
    }
  }

  @Override
  public void exitThread(int tid) {
    for (GuestThread thread : threads) {
      if (thread.tid == tid) {
        thread.exit();
      }
    }
  }

  @Override
  public CpuRelease releaseCpu() {
    return threads.size() > 1 ? cpu.releaseForWait() : CpuRelease.NONE;
  }

  @Override
  public boolean ending() {
    return termination.get() != null;
  }

  @Override
  public List<? extends dev.cloudabi.emulator.fd.GuestObject> connectedPair(
      dev.cloudabi.emulator.abi.FileType type) throws java.io.IOException {
    return type == dev.cloudabi.emulator.abi.FileType.FIFO
        ? dev.cloudabi.emulator.host.HostPairs.pipe()
        : dev.cloudabi.emulator.host.HostPairs.socketPair(type);
  }

  @Override
  public UserLocks locks() {
    return locks;
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

  /** Tells the trace that a thread was stopped by force at {@code pc} (ADR 0015). */
  void forcedPreemption(int tid, long pc) {
    if (trace.active()) {
      trace.publish(new TraceEvent.ThreadPreempted(trace.nextSequence(), tid, pc));
    }
  }

  /** Ends the run from outside (stop request or timeout), also out of blocking host calls. */
  public void requestEnd(ExitStatus status) {
    end(status);
  }

  private void repeatStopWhenEnding() {
    if (termination.get() != null) {
      for (GuestThread thread : threads) {
        thread.stop();
      }
    }
  }

  /** Records the first ending; stops every thread, also those blocked in host calls or waits. */
  private void end(ExitStatus status) {
    if (termination.set(status)) {
      for (GuestThread thread : threads) {
        thread.stop();
        thread.interruptHostCall();
      }
    }
  }

  public void requestTimeout(Duration limit) {
    requestEnd(new ExitStatus.TimedOut(limit));
  }

  // ---- ProcessContext -----------------------------------------------------------------------

  private final ProcessResources resources;

  @Override
  public ProcessResources resources() {
    return resources;
  }

  @Override
  public void exit(long code) {
    end(new ExitStatus.Exited(code));
  }

  @Override
  public void terminate(Signal signal) {
    end(new ExitStatus.Signaled(signal));
  }

  @Override
  public void codeChanged(long address, long length) {
    for (GuestThread thread : threads) {
      thread.cpu.invalidateCode(address, length);
    }
  }

  @Override
  public void close() {
    resources.release();
  }
}
