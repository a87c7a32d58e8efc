package nl.signaalwijzer.flow;

import java.util.Comparator;

/** Where something was written in a flow file, 1-based, for messages a policy officer can act on. */
public record Location(String file, int line, int column) implements Comparable<Location> {
    private static final Comparator<Location> READING_ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }

    /** By file, then line, then column: the order in which someone reads the files. */
    @Override
    public int compareTo(Location other) {
        return READING_ORDER.compare(this, other);
    }
}
