package nl.signaalwijzer;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowException;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a flows directory and swaps in a changed set of flows only when all of it is valid: the
 * whole directory is read, checked as {@code lint} would, and replaces the catalog in one atomic step.
 * A broken change is refused with its problems in the log and the last good flows keep serving.
 * Logs file problems and versions only, never anything a user sent.
 *
 * <p>It can watch more folders than the flows' own: the folder of {@code ORGANISATION_FILE}, which is read into the
 * flows on every reload. Such a folder is often a Kubernetes ConfigMap volume, where the kubelet never changes a
 * file in place: the files are symlinks into {@code ..data}, itself a symlink it swaps atomically to a new folder.
 * The events then name {@code ..data} and {@code ..data_tmp}, never the file: those count as a change too.
 */
public final class FlowWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlowWatcher.class);
    /** Editors write a file in several steps; wait until the directory has been quiet this long. */
    static final long QUIET_MILLIS = 300;

    private final Path dir;
    private final UnaryOperator<FlowFiles> overlay;
    private final AtomicReference<FlowCatalog> current;
    private final WatchService watcher;
    private final Thread thread;

    private FlowWatcher(Path dir, UnaryOperator<FlowFiles> overlay, AtomicReference<FlowCatalog> current,
                        List<Path> alsoWatched) throws IOException {
        this.dir = dir;
        this.overlay = overlay;
        this.current = current;
        this.watcher = FileSystems.getDefault().newWatchService();
        Set<Path> watched = new LinkedHashSet<>();
        watched.add(dir.toAbsolutePath().normalize());
        alsoWatched.forEach(other -> watched.add(other.toAbsolutePath().normalize()));
        for (Path folder : watched) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        this.thread = new Thread(this::run, "flow-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching {@code dir}; every valid change replaces the value of {@code current}. */
    public static FlowWatcher start(Path dir, AtomicReference<FlowCatalog> current) throws IOException {
        return start(dir, UnaryOperator.identity(), current);
    }

    /** @param overlay applied to the directory's files on every reload (e.g. App's ORGANISATION_FILE) */
    public static FlowWatcher start(Path dir, UnaryOperator<FlowFiles> overlay, AtomicReference<FlowCatalog> current)
            throws IOException {
        return start(dir, overlay, current, List.of());
    }

    /** @param alsoWatched folders whose changes reload the flows too (the folder of ORGANISATION_FILE) */
    public static FlowWatcher start(Path dir, UnaryOperator<FlowFiles> overlay, AtomicReference<FlowCatalog> current,
                                    List<Path> alsoWatched) throws IOException {
        FlowWatcher flowWatcher = new FlowWatcher(dir, overlay, current, alsoWatched);
        flowWatcher.thread.start();
        return flowWatcher;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean yamlChanged = drain(key);
                // Debounce: keep collecting until nothing happens for QUIET_MILLIS.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    yamlChanged |= drain(more);
                }
                if (yamlChanged) {
                    reload();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean drain(WatchKey key) {
        boolean yaml = key.pollEvents().stream().anyMatch(event -> event.kind() == StandardWatchEventKinds.OVERFLOW
                || String.valueOf(event.context()).endsWith(".yaml") || String.valueOf(event.context()).startsWith("..data"));
        key.reset();
        return yaml;
    }

    /** Reads and checks the whole directory; swaps it in only when every file is sound. */
    void reload() {
        try {
            FlowCatalog loaded = FlowLoader.load(overlay.apply(FlowFiles.fromDirectory(dir)));
            FlowCatalog before = current.getAndSet(loaded);
            if (!versions(loaded).equals(versions(before))) {
                LOG.info("flows reloaded: versions {}", versions(loaded));
            }
        } catch (FlowException e) {
            LOG.warn("flows in {} NOT reloaded, the last good version keeps serving ({}). Problems:\n{}",
                    dir, versions(serving()), e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("flows in {} NOT reloaded, the last good version keeps serving: {}", dir, e.toString());
        }
    }

    /** The catalog in use: the watcher starts after the first load, so there always is one. */
    private FlowCatalog serving() {
        return Objects.requireNonNull(current.get());
    }

    private static String versions(FlowCatalog catalog) {
        return catalog.flows().values().stream().map(flow -> flow.id() + " " + flow.version())
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }

    /** For tests: the versions in use now. */
    Map<String, String> versionsNow() {
        return serving().flows().values().stream()
                .collect(Collectors.toMap(f -> f.id(), f -> f.version()));
    }
}
