package nl.signaalwijzer.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx on loopback, running deploy/nginx/signaalwijzer.conf itself: only the listen port and
 * the instances' ports are replaced (and, when asked, the `non_idempotent` retry left out).
 */
final class Nginx implements AutoCloseable {
    static final Path EXAMPLE = Path.of("deploy/nginx/signaalwijzer.conf");
    static final Path BINARY = Path.of("/usr/sbin/nginx");

    final int port;
    private final Process process;

    private Nginx(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static Nginx start(Path dir, List<Integer> upstreams, boolean retryNonIdempotent) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("nginx is missing: apt-get install nginx (the README's test command does)");
        }
        int port = Instance.freePort();
        Files.createDirectories(dir.resolve("tmp"));
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        String site = replaceOnce(example, "listen 80;", "listen 127.0.0.1:" + port + ";");
        for (int i = 0; i < 3; i++) {
            site = replaceOnce(site, "server 127.0.0.1:" + (8081 + i) + " ", "server 127.0.0.1:" + upstreams.get(i) + " ");
        }
        if (!retryNonIdempotent) {
            site = replaceOnce(site, "proxy_next_upstream error timeout non_idempotent;", "proxy_next_upstream error timeout;");
        }
        Files.writeString(dir.resolve("signaalwijzer.conf"), site);
        String root = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(dir.resolve("nginx.conf"), "daemon off;\nworker_processes 1;\n" + root
                + "pid " + dir.resolve("nginx.pid").toAbsolutePath() + ";\n"
                + "error_log " + dir.resolve("error.log").toAbsolutePath() + ";\n"
                + "events { worker_connections 1024; }\nhttp {\n"
                + "  client_body_temp_path " + dir.resolve("tmp/body").toAbsolutePath() + ";\n"
                + "  proxy_temp_path " + dir.resolve("tmp/proxy").toAbsolutePath() + ";\n"
                + "  fastcgi_temp_path " + dir.resolve("tmp/fastcgi").toAbsolutePath() + ";\n"
                + "  uwsgi_temp_path " + dir.resolve("tmp/uwsgi").toAbsolutePath() + ";\n"
                + "  scgi_temp_path " + dir.resolve("tmp/scgi").toAbsolutePath() + ";\n"
                + "  include " + dir.resolve("signaalwijzer.conf").toAbsolutePath() + ";\n}\n");
        Process process = new ProcessBuilder(BINARY.toString(), "-c", dir.resolve("nginx.conf").toAbsolutePath().toString(),
                "-p", dir.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(port, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!listening(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("error.log")));
            }
            Thread.sleep(20);
        }
        return nginx;
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String replaceOnce(String text, String what, String with) {
        int at = text.indexOf(what);
        if (at < 0 || text.indexOf(what, at + 1) >= 0) {
            throw new IllegalStateException("the nginx example no longer has exactly one '" + what + "'");
        }
        return text.replace(what, with);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
