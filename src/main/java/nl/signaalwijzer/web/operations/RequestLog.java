package nl.signaalwijzer.web.operations;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One line per request with exactly four things: method, route template, status, duration. No
 * path (it may hold ids), no query string, no body, no header, no address: an operator can see
 * load and errors, and nobody can read from it what a person asked.
 *
 * <p>performance: a request only puts a small record on a queue and never waits; one writer thread
 * formats and writes the lines in batches. A synchronous line per request cost a quarter of the
 * throughput (issue 13). The queue is lock-free (a compare-and-set per record): with a lock, two dozen
 * worker threads on two cores queued up behind each other for it. Its bound is a counter: when the
 * writer cannot keep up, the record is dropped and counted, and the next batch says how many were
 * dropped: the log may lose lines under overload, a request never waits for the log.
 */
public final class RequestLog implements AutoCloseable {
    public static final String LOGGER = "signaalwijzer.requests";
    private static final int CAPACITY = 16_384;
    private static final long PERIOD_MILLIS = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneId.systemDefault());

    public enum Format { TEXT, JSON }

    private record Line(long epochMillis, String method, String route, int status, long millis) {
    }

    private final Format format;
    private final int capacity;
    private final ConcurrentLinkedQueue<Line> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    public RequestLog(Format format) {
        this(format, CAPACITY);
    }

    /** @param capacity lines that may wait for the writer before new ones are dropped */
    RequestLog(Format format, int capacity) {
        this.format = format;
        this.capacity = capacity;
        this.writer = new Thread(this::run, "request-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Never blocks: the line is queued, or dropped and counted when the queue is full. */
    public void write(String method, String route, int status, float millis) {
        if (closed) {
            dropped.incrementAndGet();
            return;
        }
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queue.offer(new Line(System.currentTimeMillis(), method, route, status, Math.round(millis)));
    }

    long dropped() {
        return dropped.get();
    }

    /**
     * performance: the writer wakes on its own every {@link #PERIOD_MILLIS} and writes what came in
     * meanwhile in one go. Waiting on the queue instead would make every request wake it (a futex
     * call and a context switch per request, which measured as most of the log's cost).
     */
    private void run() {
        List<Line> batch = new ArrayList<>(1024);
        while (true) {
            boolean last = closed;
            for (Line line = queue.poll(); line != null; line = queue.poll()) {
                batch.add(line);
            }
            queued.addAndGet(-batch.size());
            if (!batch.isEmpty()) {
                print(batch);
                batch.clear();
            }
            if (last) {
                return;
            }
            LockSupport.parkNanos(PERIOD_MILLIS * 1_000_000L);
        }
    }

    private long reportedDropped;
    private long formattedSecond = Long.MIN_VALUE;
    private String formatted = "";

    /** performance: the text format has whole seconds; format each second once, not every line. */
    private String second(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        if (second != formattedSecond) {
            formatted = TIME.format(Instant.ofEpochSecond(second));
            formattedSecond = second;
        }
        return formatted;
    }

    private void print(List<Line> batch) {
        StringBuilder text = new StringBuilder(batch.size() * 64);
        for (Line line : batch) {
            append(text, line);
        }
        long lost = dropped.get();
        if (lost > reportedDropped) {
            text.append(TIME.format(Instant.now())).append(" WARN ").append(LOGGER).append(" - ").append(lost - reportedDropped)
                    .append(" request log line(s) dropped: the log could not keep up\n");
            reportedDropped = lost;
        }
        // System.err as it is now (tests and launchers may replace it), where slf4j-simple writes too.
        PrintStream err = System.err;
        err.print(text);
        err.flush();
    }

    private void append(StringBuilder text, Line line) {
        if (format == Format.JSON) {
            // Every value is ours (a method name, a route template, numbers): nothing needs escaping.
            text.append("{\"time\":\"").append(Instant.ofEpochMilli(line.epochMillis()))
                    .append("\",\"level\":\"INFO\",\"logger\":\"").append(LOGGER)
                    .append("\",\"method\":\"").append(line.method())
                    .append("\",\"route\":\"").append(line.route())
                    .append("\",\"status\":").append(line.status())
                    .append(",\"ms\":").append(line.millis()).append("}\n");
        } else {
            // The same shape as every other line (slf4j-simple, see simplelogger.properties).
            text.append(second(line.epochMillis())).append(" INFO ").append(LOGGER)
                    .append(" - ").append(line.method()).append(' ')
                    .append(line.route()).append(' ').append(line.status()).append(' ')
                    .append(line.millis()).append("ms\n");
        }
    }

    /** Writes every queued line, then stops the writer (on server stop, so no line is lost). */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
