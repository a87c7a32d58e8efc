package nl.signaalwijzer.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request log never makes a request wait: under overload it drops lines, and says how many. */
class RequestLogTest {
    private static final Pattern LINE = Pattern.compile("(?m)^\\S+ INFO signaalwijzer\\.requests - POST /gesprek 200 \\d+ms$");
    private static final Pattern DROPPED = Pattern.compile("(\\d+) request log line\\(s\\) dropped");

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original = System.err;

    @BeforeEach
    void capture() {
        original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(original);
    }

    @Test
    void fromManyThreadsEveryLineIsWrittenOrCountedAsDropped() throws InterruptedException {
        RequestLog log = new RequestLog(RequestLog.Format.TEXT, 50);
        int threads = 8;
        int perThread = 2_000;
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread writer = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    log.write("POST", "/gesprek", 200, 1.4f);
                }
            });
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        log.close();
        String text = captured.toString(StandardCharsets.UTF_8);
        long written = LINE.matcher(text).results().count();
        long reported = 0;
        Matcher dropped = DROPPED.matcher(text);
        while (dropped.find()) {
            reported += Long.parseLong(dropped.group(1));
        }
        System.out.printf("request log: %d lines written, %d dropped (capacity 50)%n", written, log.dropped());
        // A queue of 50 against 16,000 lines in a burst: some must have been dropped, and none waited.
        assertThat(log.dropped()).isPositive();
        assertThat(written + log.dropped()).isEqualTo((long) threads * perThread);
        assertThat(reported).as("every dropped line is said in the log").isEqualTo(log.dropped());
    }

    @Test
    void closingWritesEveryQueuedLineAndThenDropsLateOnes() {
        RequestLog log = new RequestLog(RequestLog.Format.JSON);
        for (int i = 0; i < 1_000; i++) {
            log.write("GET", "/", 200, 0.2f);
        }
        log.close();
        log.write("GET", "/", 200, 0.2f);
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().filter(line -> line.startsWith("{\"time\":")
                && line.endsWith(",\"method\":\"GET\",\"route\":\"/\",\"status\":200,\"ms\":0}"))).hasSize(1_000);
        assertThat(log.dropped()).isEqualTo(1);
    }
}
