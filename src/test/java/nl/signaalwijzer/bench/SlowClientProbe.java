package nl.signaalwijzer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For bench/run: holds N connections that sent half a form POST, then times normal conversation steps
 * on the same server. Prints {@code RESULT <slow connections> <steps> <failed> <median ms> <max ms>}.
 *
 * <pre>java -cp ... nl.signaalwijzer.bench.SlowClientProbe http://127.0.0.1:PORT 200 20</pre>
 */
public final class SlowClientProbe {
    private SlowClientProbe() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int slow = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < slow; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                OutputStream out = socket.getOutputStream();
                out.write(("POST /gesprek HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 200\r\n\r\nflow=medewerker&a=ac").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                sockets.add(socket);
            }
            HttpClient client = HttpClient.newHttpClient();
            long[] millis = new long[steps];
            int failed = 0;
            String body = "flow=medewerker&a=acute-danger%3Ano&a=perpetrator%3Astaff&a=conflict-of-interest%3Ano&a=behaviour%3Aneglect&a=signals-clear%3Ayes";
            for (int i = 0; i < steps; i++) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/gesprek"))
                            .timeout(java.time.Duration.ofSeconds(5))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        failed++;
                    }
                } catch (IOException e) {
                    failed++;
                }
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.println("RESULT " + slow + " " + steps + " " + failed + " " + millis[steps / 2] + " " + millis[steps - 1]);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
