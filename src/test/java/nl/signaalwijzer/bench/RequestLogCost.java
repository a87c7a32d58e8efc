package nl.signaalwijzer.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import nl.signaalwijzer.web.operations.RequestLog;
import org.jspecify.annotations.Nullable;

/**
 * For bench/operations: the CPU the request log costs per request, measured on its own. A/B runs of the
 * whole server under wrk differ by more than the log costs on a small machine (runs of the same build
 * spread by ±30%), so this counts the process's CPU time for lines written the way the server
 * writes them (from many threads at a busy server's pace, the writer thread formatting and writing them to
 * a file), takes away the same threads' CPU without the log, and divides.
 * Prints {@code RESULT <lines> <dropped> <cpu us per line>}.
 *
 * <pre>java -cp ... nl.signaalwijzer.bench.RequestLogCost FILE</pre>
 */
public final class RequestLogCost {
    private static final int THREADS = 8;
    private static final int LINES_PER_THREAD = 25_000;
    /** Between two requests of one thread: 8 threads then write about 50,000 lines a second, a busy server's pace. */
    private static final long PAUSE_NANOS = 160_000;
    private static final int ROUNDS = 3;

    private RequestLogCost() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        PrintStream original = System.err;
        List<Double> perLine = new ArrayList<>();
        long dropped = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            // The same threads and pauses without the log: what is left is the log's own CPU.
            double without = cpuMicros(null);
            try (PrintStream log = new PrintStream(new FileOutputStream(file.toFile()), false, StandardCharsets.UTF_8)) {
                System.setErr(log);
                double with = cpuMicros(new RequestLog(RequestLog.Format.TEXT));
                System.setErr(original);
                if (round > 0) { // round 0 warms the JIT up
                    perLine.add((with - without) / (THREADS * LINES_PER_THREAD));
                    dropped += THREADS * LINES_PER_THREAD - lines(file);
                }
            } finally {
                System.setErr(original);
            }
        }
        perLine.sort(Double::compare);
        System.out.printf("RESULT %d %d %.3f%n", ROUNDS * THREADS * LINES_PER_THREAD, dropped,
                perLine.get(perLine.size() / 2));
    }

    /** The process's CPU time, in microseconds, for every thread's lines (and, with a log, its writer's work). */
    private static double cpuMicros(@Nullable RequestLog requests) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < LINES_PER_THREAD; i++) {
                    if (requests != null) {
                        requests.write("POST", "/gesprek", 200, 2.6f);
                    }
                    LockSupport.parkNanos(PAUSE_NANOS);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (requests != null) {
            requests.close(); // writes what is still queued: its CPU counts too
        }
        return (os.getProcessCpuTime() - before) / 1000.0;
    }

    private static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.contains(" INFO " + RequestLog.LOGGER + " - ")).count();
        }
    }
}
