package nl.signaalwijzer.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A directory laid out and updated the way the kubelet does a ConfigMap volume (its AtomicWriter): the payload in
 * {@code ..<timestamp>/}, {@code ..data} a symlink to it, swapped by creating {@code ..data_tmp} and renaming it over
 * {@code ..data}; then links {@code name -> ..data/name} are added for new keys, removed for gone ones, and the old
 * payload directory is deleted.
 */
final class KubeletVolume {
    private final Path dir;
    private int generation;

    KubeletVolume(Path dir, Map<String, String> files) {
        this.dir = dir;
        publish(files);
    }

    /** Swaps the whole payload for {@code files} in one rename, as a ConfigMap update does. */
    void publish(Map<String, String> files) {
        try {
            Path data = dir.resolve("..data");
            Path old = Files.isSymbolicLink(data) ? dir.resolve(Files.readSymbolicLink(data)) : null;
            Path payload = dir.resolve(String.format("..2026_12_05_10_00_00.%09d", ++generation));
            Files.createDirectory(payload);
            ExampleFolder.write(payload, files);
            Path tmp = dir.resolve("..data_tmp");
            Files.createSymbolicLink(tmp, payload.getFileName());
            Files.move(tmp, data, StandardCopyOption.ATOMIC_MOVE); // rename(2): replaces ..data atomically
            for (String name : files.keySet()) {
                Path link = dir.resolve(name);
                if (!Files.isSymbolicLink(link)) {
                    Files.createSymbolicLink(link, Path.of("..data", name));
                }
            }
            try (Stream<Path> list = Files.list(dir)) {
                for (Path entry : list.toList()) {
                    String name = entry.getFileName().toString();
                    if (!name.startsWith("..") && !files.containsKey(name)) {
                        Files.delete(entry);
                    }
                }
            }
            if (old != null) {
                delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
