package nl.signaalwijzer.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the deploy/ scripts or tools, with a time bound, and keeps what it printed. */
record Script(int exit, String output, long millis) {

    static Script run(Duration bound, String... command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        reader.start();
        if (!process.waitFor(bound.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            reader.join(5000);
            return new Script(-1, output + "\n(stopped after " + bound.toSeconds() + " s)", bound.toMillis());
        }
        reader.join();
        return new Script(process.exitValue(), output.toString(), (System.nanoTime() - start) / 1_000_000);
    }
}
