package nl.signaalwijzer.dialogue;

/** An answer that does not fit the conversation at its position (0-based {@code index}). */
public final class AnswerMismatch extends Exception {

    /** Why it does not fit; {@link #code()} is the API's error code. */
    public enum Reason {
        WRONG_QUESTION("wrong-question"),
        UNKNOWN_OPTION("unknown-option"),
        AFTER_OUTCOME("conversation-finished");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final int index;
    private final Reason reason;

    public AnswerMismatch(int index, Reason reason, String message) {
        super(message, null, false, false);
        this.index = index;
        this.reason = reason;
    }

    public int index() {
        return index;
    }

    public Reason reason() {
        return reason;
    }
}
