package org.accesspub;

/**
 * The one failure a user is meant to see: a one-line message that says what is wrong and what to
 * do, and the exit code the command line ends with.
 */
public final class AccesspubException extends RuntimeException {
    public static final int UNEXPECTED = 1;
    public static final int BAD_USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int CANNOT_WRITE = 4;

    private final int exitCode;

    public AccesspubException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public AccesspubException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static AccesspubException badUsage(String message) {
        return new AccesspubException(message, BAD_USAGE);
    }

    public static AccesspubException badInput(String message) {
        return new AccesspubException(message, BAD_INPUT);
    }

    public static AccesspubException cannotWrite(String message, Throwable cause) {
        return new AccesspubException(message, CANNOT_WRITE, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
