package nl.signaalwijzer.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The raw YAML files of a flows directory (file name -> bytes), from disk or bundled in the jar. */
public record FlowFiles(String origin, Map<String, byte[]> files) {
    private static final String BUNDLED = "(bundled)";

    public FlowFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The directory these files were read from, or null for the flows bundled in the jar (nothing to watch). */
    public @Nullable Path directory() {
        return origin.equals(BUNDLED) ? null : Path.of(origin);
    }

    public static FlowFiles fromDirectory(Path dir) throws IOException {
        return new FlowFiles(dir.toString(), readYaml(dir));
    }

    /** The default flows packaged into the jar under {@code /flows}. */
    public static FlowFiles bundled() {
        URL url = FlowFiles.class.getResource("/flows/actions.yaml");
        if (url == null) {
            throw new IllegalStateException("no bundled flows on the classpath");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String jar = url.toString().substring(0, url.toString().indexOf("!/"));
                try (FileSystem fs = FileSystems.newFileSystem(URI.create(jar), Map.of())) {
                    return new FlowFiles(BUNDLED, readYaml(fs.getPath("/flows")));
                }
            }
            return new FlowFiles(BUNDLED, readYaml(Objects.requireNonNull(Path.of(url.toURI()).getParent())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> readYaml(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : (Iterable<Path>) list::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") && Files.isRegularFile(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        files.put(name, in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
