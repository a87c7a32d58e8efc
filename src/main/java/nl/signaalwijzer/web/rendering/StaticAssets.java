package nl.signaalwijzer.web.rendering;

import nl.signaalwijzer.web.http.HttpError;
import nl.signaalwijzer.web.http.RouteTemplate;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.eclipse.jetty.http.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * Every file under {@code static/} on the classpath, read once at start-up and served from memory.
 * Each file is also served at a content-hashed URL ({@code /static/css/app.3f2a91c07b.css}) that may be
 * cached for a year; templates and style sheets get those URLs through {@link #rewrite}. Files that
 * shrink by compressing are gzipped once, here, never per request.
 */
public final class StaticAssets {
    public static final String URL_PREFIX = RouteTemplate.STATIC_FILES;
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, max-age=300";
    private static final Pattern STATIC_URL = Pattern.compile("/static/[A-Za-z0-9._/-]+");
    private static final int MIN_BYTES_TO_COMPRESS = 512;

    /** One file: its bytes, its gzip form (null when that does not pay) and its strong ETag. */
    record Asset(String contentType, byte[] bytes, byte @Nullable [] gzip, String etag, String cacheControl) {
    }

    private final Map<String, Asset> byUrl;
    private final Map<String, String> hashedUrls;

    private StaticAssets(Map<String, Asset> byUrl, Map<String, String> hashedUrls) {
        this.byUrl = Map.copyOf(byUrl);
        this.hashedUrls = Map.copyOf(hashedUrls);
    }

    /** The files under {@code static/} next to this class: in the jar, or in {@code target/classes}. */
    public static StaticAssets fromClasspath() {
        try {
            URI codeSource = StaticAssets.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path location = Path.of(codeSource);
            if (Files.isDirectory(location)) {
                return of(read(location.resolve("static")));
            }
            return of(readJar(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@link #fromClasspath()} on a thread of its own; {@code get()} waits for it the first time and is a
     * plain read after that.
     */
    public static Supplier<StaticAssets> fromClasspathInBackground() {
        FutureTask<StaticAssets> loading = new FutureTask<>(StaticAssets::fromClasspath);
        Thread thread = new Thread(loading, "load-static-assets");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return loading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the static files", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the static files could not be read", e.getCause());
            }
        };
    }

    /** @param files path below {@code static/} (e.g. {@code css/app.css}) -> content */
    static StaticAssets of(Map<String, byte[]> files) {
        Map<String, byte[]> content = new TreeMap<>();
        files.forEach((path, bytes) -> content.put(path, DeveloperNotes.without(path, bytes)));
        Map<String, String> hashedUrls = new HashMap<>();
        content.forEach((path, bytes) -> hashedUrls.put(URL_PREFIX + path, hashedUrl(path, bytes)));
        // Style sheets may point at other files (url(/static/...)): give them the hashed URLs too,
        // and hash the style sheet as rewritten.
        for (Map.Entry<String, byte[]> file : content.entrySet()) {
            if (file.getKey().endsWith(".css")) {
                String css = new String(file.getValue(), StandardCharsets.UTF_8);
                file.setValue(rewrite(css, hashedUrls).getBytes(StandardCharsets.UTF_8));
                hashedUrls.put(URL_PREFIX + file.getKey(), hashedUrl(file.getKey(), file.getValue()));
            }
        }
        Map<String, Asset> byUrl = new HashMap<>();
        content.forEach((path, bytes) -> {
            String hashed = Objects.requireNonNull(hashedUrls.get(URL_PREFIX + path));
            String etag = '"' + hashed.substring(hashed.lastIndexOf('/') + 1) + '"';
            String type = contentType(path);
            byte[] gzip = worthCompressing(type, bytes) ? gzip(bytes) : null;
            byUrl.put(hashed, new Asset(type, bytes, gzip, etag, IMMUTABLE));
            byUrl.put(URL_PREFIX + path, new Asset(type, bytes, gzip, etag, REVALIDATE));
        });
        return new StaticAssets(byUrl, hashedUrls);
    }

    /** The content-hashed URL of {@code /static/...}, or the URL itself if there is no such file. */
    String hashedUrl(String url) {
        return hashedUrls.getOrDefault(url, url);
    }

    /** True for the content-hashed URL of a file here (one that may be cached for a year). */
    public boolean isHashed(String path) {
        Asset asset = byUrl.get(path);
        return asset != null && asset.cacheControl().equals(IMMUTABLE);
    }

    /** Text (a template, a style sheet) with every known {@code /static/...} URL made content-hashed. */
    public String rewrite(String text) {
        return rewrite(text, hashedUrls);
    }

    private static String rewrite(String text, Map<String, String> hashedUrls) {
        Matcher url = STATIC_URL.matcher(text);
        return url.replaceAll(match -> Matcher.quoteReplacement(hashedUrls.getOrDefault(match.group(), match.group())));
    }

    /** GET /static/...: the file, gzipped if the client accepts it, 304 if the client has it. */
    /** @param path the file's address inside its organisation's scope ({@code /static/...}) */
    public void serve(Context ctx, String path) {
        Asset asset = byUrl.get(path);
        if (asset == null) {
            throw HttpError.notFound();
        }
        ctx.header("Cache-Control", asset.cacheControl());
        ctx.header("ETag", asset.etag());
        if (asset.gzip() != null) {
            ctx.header("Vary", "Accept-Encoding");
        }
        String known = ctx.header("If-None-Match");
        if (known != null && known.contains(asset.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType());
        Compression.send(ctx, asset.bytes(), asset.gzip());
    }

    /** Plain {@link JarFile} rather than a zip file system: fewer classes to load at start-up. */
    private static Map<String, byte[]> readJar(Path jarFile) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith("static/")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(entry.getName().substring("static/".length()), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(file)) {
                    files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** {@code css/app.css} -> {@code /static/css/app.<first 10 hex of SHA-256>.css} */
    static String hashedUrl(String path, byte[] bytes) {
        String hash = sha256(bytes).substring(0, 10);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1
                ? URL_PREFIX + path.substring(0, dot) + "." + hash + path.substring(dot)
                : URL_PREFIX + path + "." + hash;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean worthCompressing(String type, byte[] bytes) {
        return bytes.length >= MIN_BYTES_TO_COMPRESS && (!type.startsWith("image/") || type.startsWith("image/svg"));
    }

    /** Maximum compression: it is done once. Null when it would not make the file smaller by 10%. */
    private static byte @Nullable [] gzip(byte[] bytes) {
        byte[] packed = Compression.gzip(bytes, Deflater.BEST_COMPRESSION);
        return packed.length < bytes.length * 0.9 ? packed : null;
    }

    /** Jetty's table of types by file extension; our text files are UTF-8, and say so. */
    static String contentType(String path) {
        String type = MimeTypes.DEFAULTS.getMimeByExtension(path);
        if (type == null) {
            return "application/octet-stream";
        }
        return type.startsWith("text/") || type.endsWith("json") ? type + "; charset=utf-8" : type;
    }
}
