package nl.signaalwijzer.web.operations;

/**
 * An exception as its types and stack frames only, for the log of an unexpected error (issue 14). A
 * message is left out on purpose: it may carry what someone typed (a parser quoting its input, say).
 */
public final class StackFrames {
    private static final int MAX_CAUSES = 8;

    private StackFrames() {
    }

    public static String of(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++, current = current.getCause()) {
            text.append(depth == 0 ? "" : "caused by: ").append(current.getClass().getName()).append('\n');
            for (StackTraceElement frame : current.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
        }
        return text.toString();
    }
}
