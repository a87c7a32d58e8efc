package nl.signaalwijzer.flow;

/** Where something was written in a flow file, 1-based, for messages a policy officer can act on. */
public record Location(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
