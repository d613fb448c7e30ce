package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The last resort: any Throwable becomes one line and an exit code. */
class FailuresTest {
    @Test
    void errorsBecomeOneLineWithExitOneAndTheDebugAdvice() {
        for (Throwable t : new Throwable[] {new StackOverflowError(), new OutOfMemoryError("Java heap space"),
                new IllegalStateException("line one\nline two\n\tat somewhere")}) {
            AccesspubException e = Failures.lastResort(t);
            assertThat(e.exitCode()).as(t.toString()).isEqualTo(AccesspubException.UNEXPECTED);
            assertThat(Failures.oneLine(e.getMessage())).doesNotContain("\n").contains("--debug");
        }
    }

    @Test
    void aFullDiskAnywhereInTheCauseChainIsExitFour() {
        Throwable wrapped = new RuntimeException("ExceptionConverter",
                new RuntimeException(new IOException("No space left on device")));
        AccesspubException e = Failures.lastResort(wrapped);
        assertThat(e.exitCode()).isEqualTo(AccesspubException.CANNOT_WRITE);
        assertThat(e.getMessage()).contains("disk is full");
    }

    @Test
    void aUserFacingFailureKeepsItsCodeAndALongMessageIsCut() {
        assertThat(Failures.lastResort(AccesspubException.badInput("x")).exitCode()).isEqualTo(3);
        assertThat(Failures.oneLine("长".repeat(1000))).hasSizeLessThan(310).endsWith("…");
    }
}
