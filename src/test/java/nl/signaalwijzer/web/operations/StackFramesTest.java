package nl.signaalwijzer.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** What the log gets of an unexpected error (issue 14): where it happened, never what it said. */
class StackFramesTest {

    @Test
    void typesAndFramesOfEveryCauseButNoMessage() {
        String typed = "mk-something-a-person-typed";
        Exception error = new IllegalStateException("bad input: " + typed,
                new UncheckedIOException(typed, new java.io.IOException("cause " + typed)));

        String logged = StackFrames.of(error);

        assertThat(logged).startsWith("java.lang.IllegalStateException\n\tat nl.signaalwijzer.web.operations.StackFramesTest.")
                .contains("caused by: java.io.UncheckedIOException\n", "caused by: java.io.IOException\n")
                .doesNotContain(typed, "bad input");
    }
}
