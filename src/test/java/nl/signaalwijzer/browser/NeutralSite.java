package nl.signaalwijzer.browser;

import com.sun.net.httpserver.HttpServer;
import java.util.Map;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import nl.signaalwijzer.web.ServerSettings;

/**
 * A local stand-in for the neutral site "Snel weg" leads to (tests have no internet): one plain page on
 * a free loopback port, started once, so that leaving and then pressing Back can be tested for real.
 */
final class NeutralSite {
    static final String TITLE = "Het weer vandaag";
    private static String url;

    private NeutralSite() {
    }

    static synchronized String url() {
        if (url == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                byte[] page = ("<!DOCTYPE html><html lang=\"nl\"><title>" + TITLE + "</title><h1>" + TITLE
                        + "</h1><p>Zonnig.</p></html>").getBytes(StandardCharsets.UTF_8);
                server.createContext("/", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, page.length);
                    exchange.getResponseBody().write(page);
                    exchange.close();
                });
                server.setExecutor(null);
                server.start();
                url = "http://localhost:" + server.getAddress().getPort() + "/weer";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return url;
    }

    /** The test server's settings, with the quick exit going to this stand-in. */
    static ServerSettings settings() {
        ServerSettings defaults = ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "off"));
        return new ServerSettings(url(), defaults.requestsPerMinute(), defaults.burst(), false);
    }
}
