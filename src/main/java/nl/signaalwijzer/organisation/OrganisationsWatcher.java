package nl.signaalwijzer.organisation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.Problem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the organisations of a folder and takes in its changes without a restart: a changed, added or removed
 * organisation file takes effect on its own, in one atomic swap of {@link #current()}; a file with a problem keeps
 * its last good version (see {@link OrganisationsReload}) and its problems are logged as {@code file:line:column}.
 * Logs file problems and counts only (these files hold no user data, and logs stay short).
 *
 * <p>How changes are noticed. Kubernetes updates a ConfigMap volume by swapping the {@code ..data} symlink
 * ({@link FolderSnapshot}), so inotify reports {@code ..data_tmp}, {@code ..data} and the payload directories,
 * never {@code foo.yaml}; an editor on a plain folder writes {@code foo.yaml} itself, often in several steps. So
 * any event in the folder, whatever its name, wakes the watcher; it waits until the folder has been quiet for
 * {@value #QUIET_MILLIS} ms and then reads the whole folder (a few hundred small files: cheap). Besides, the folder
 * is read every {@value #POLL_SECONDS} s even without an event: inotify can miss changes (a volume mounted over
 * the folder, an overflow, file systems without it), and the roles the flows name can change with a flow reload.
 * Either way nothing is swapped or logged unless the files' contents or those roles differ from the last read.
 */
public final class OrganisationsWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationsWatcher.class);
    static final long QUIET_MILLIS = 200;
    static final long POLL_SECONDS = 10;

    private final Path dir;
    private final Supplier<Set<String>> rolesNamed;
    private final Consumer<List<Problem>> onReload;
    private final long pollMillis;
    private final OrganisationsReload reload = new OrganisationsReload();
    private final AtomicReference<Organisations> current = new AtomicReference<>();
    private final WatchService watcher;
    private final Thread thread;
    /** What the last read saw: the files' digests (FolderSnapshot#digest) and the roles; null before the first. */
    private @Nullable Input lastInput;

    private record Input(Map<String, ByteBuffer> files, Set<String> roles) {
    }

    private OrganisationsWatcher(Path dir, Supplier<Set<String>> rolesNamed, Consumer<List<Problem>> onReload,
                                 long pollMillis) throws IOException {
        this.dir = dir;
        this.rolesNamed = rolesNamed;
        this.onReload = onReload;
        this.pollMillis = pollMillis;
        this.watcher = FileSystems.getDefault().newWatchService();
        try {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        this.thread = new Thread(this::run, "organisations-watcher");
        thread.setDaemon(true);
    }

    /**
     * Reads {@code dir} and watches it from then on.
     *
     * @param rolesNamed the contact ids the flows name, asked on every read (the flows can be reloaded too)
     * @throws OrganisationsException when the folder has a problem now: with every problem, as {@code lint} shows
     *                                them, so the server does not start half-configured (as with broken flows)
     */
    public static OrganisationsWatcher start(Path dir, Supplier<Set<String>> rolesNamed) throws IOException {
        return start(dir, rolesNamed, problems -> { });
    }

    /**
     * @param onReload told, on the watcher's thread, after every read that found changed files or roles: the
     *                 problems found (empty when every file was taken), each already logged
     */
    public static OrganisationsWatcher start(Path dir, Supplier<Set<String>> rolesNamed,
                                             Consumer<List<Problem>> onReload) throws IOException {
        return start(dir, rolesNamed, onReload, TimeUnit.SECONDS.toMillis(POLL_SECONDS));
    }

    static OrganisationsWatcher start(Path dir, Supplier<Set<String>> rolesNamed, Consumer<List<Problem>> onReload,
                                      long pollMillis) throws IOException {
        // watching before the first read: a change made while it reads is an event, read again once it is done
        OrganisationsWatcher started = new OrganisationsWatcher(dir, rolesNamed, onReload, pollMillis);
        try {
            FlowFiles files = FolderSnapshot.read(dir);
            Set<String> roles = Set.copyOf(rolesNamed.get());
            List<Problem> problems = OrganisationsLoader.read(files, roles).problems();
            if (!problems.isEmpty()) {
                throw new OrganisationsException(problems);
            }
            started.take(files, roles);
        } catch (IOException | RuntimeException e) {
            started.close();
            throw e;
        }
        started.thread.start();
        return started;
    }

    /** The organisations to serve now; never null. Immutable: hold on to it for one whole request. */
    public Organisations current() {
        return Objects.requireNonNull(current.get());
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.poll(pollMillis, TimeUnit.MILLISECONDS);
                if (key != null) {
                    drain(key);
                    WatchKey more;
                    while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                        drain(more);
                    }
                }
                readIfChanged();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every event counts, whatever its name (see the class comment); only that something happened matters. */
    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** Reads the folder; swaps in what it now holds when its contents or the roles changed since the last read. */
    private void readIfChanged() {
        try {
            take(FolderSnapshot.read(dir), Set.copyOf(rolesNamed.get()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("organisations in {} not read, the last good ones keep serving: {}", dir, e.toString());
        }
    }

    private synchronized void take(FlowFiles files, Set<String> roles) {
        Map<String, ByteBuffer> contents = new TreeMap<>();
        files.files().forEach((name, bytes) -> contents.put(name, FolderSnapshot.digest(bytes)));
        Input input = new Input(contents, roles);
        if (input.equals(lastInput)) {
            return;
        }
        boolean first = lastInput == null;
        lastInput = input;
        OrganisationsReload.Result result = reload.apply(files, roles);
        current.set(result.organisations());
        result.problems().forEach(problem -> LOG.warn("organisations: {}", problem));
        if (!first) {
            LOG.info("organisations reloaded from {}: {} organisations{}", dir, result.organisations().ids().size(),
                    result.notTaken().isEmpty() ? "" : "; not taken because of the problems above (the last good"
                            + " version, if any, keeps serving): " + String.join(", ", result.notTaken()));
            onReload.accept(result.problems());
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the organisations watch service: {}", e.toString());
        }
        thread.interrupt();
    }
}
