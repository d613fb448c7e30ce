package org.accesspub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The last resort: what any failure that is not an {@link AccesspubException} means to the user, as
 * one line and an exit code — 4 when the output could not be written (a full disk, an I/O error),
 * 1 otherwise, with the advice to run again with {@code --debug}. Libraries wrap I/O errors in their
 * own types (OpenPDF's ExceptionConverter, POI's POIXMLException), so the cause chain is searched.
 */
public final class Failures {
    /** Longest message shown; a library's message can be a whole page. */
    private static final int MAX_MESSAGE = 300;

    private Failures() {
    }

    /**
     * The first I/O error in the cause chain (suppressed ones included), or null. A character coding error is
     * an IOException in Java but no fault of the disk: it is not one, nor is anything it causes.
     */
    public static IOException ioCause(Throwable t) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return ioCause(t, seen);
    }

    private static IOException ioCause(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return null;
        }
        if (t instanceof java.nio.charset.CharacterCodingException) {
            return null; // text a library could not encode (a braille table's dots): not the disk, not the folder
        }
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof UncheckedIOException u) {
            return u.getCause();
        }
        IOException found = ioCause(t.getCause(), seen);
        for (Throwable s : t.getSuppressed()) {
            if (found == null) {
                found = ioCause(s, seen);
            }
        }
        return found;
    }

    /** Whether the failure is a full disk or an exhausted quota. */
    public static boolean isNoSpace(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk quota") || m.contains("not enough space")
                    || m.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    /** What to do about an output that could not be written. */
    public static String advice(Throwable t) {
        return isNoSpace(t) ? " (the disk is full: free some space or choose another folder with -o)"
                : " (check the folder exists and is writable, or choose another with -o)";
    }

    /** A failure nobody planned for, while doing {@code what} (a format, or reading a file). */
    public static AccesspubException unexpected(String what, Throwable t) {
        return new AccesspubException(what + ": " + describe(t), AccesspubException.UNEXPECTED, t);
    }

    /** One line for a failure that is not an {@link AccesspubException}. */
    public static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "out of memory: the input is too large for the memory Java was given"
                    + " (set ACCESSPUB_JAVA_OPTS=-Xmx4g, or split the article; run again with --debug for details)";
        }
        if (t instanceof StackOverflowError) {
            return "the input is nested too deeply to handle"
                    + " (run again with --debug for details, and report it with the input file)";
        }
        return "unexpected failure: " + oneLine(String.valueOf(t))
                + " (run again with --debug for details, and report it with the input file)";
    }

    /** The message and exit code for any failure that reached the top. */
    public static AccesspubException lastResort(Throwable t) {
        if (t instanceof AccesspubException ae) {
            return ae;
        }
        IOException io = ioCause(t);
        if (io != null && isNoSpace(io)) {
            return AccesspubException.cannotWrite("cannot write the output: " + oneLine(io.getMessage())
                    + advice(io), t);
        }
        return new AccesspubException(describe(t), AccesspubException.UNEXPECTED, t);
    }

    /** Whitespace runs (newlines included) to one space, cut to a readable length. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        if (one.length() <= MAX_MESSAGE) {
            return one;
        }
        int cut = Character.isLowSurrogate(one.charAt(MAX_MESSAGE)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
        return one.substring(0, cut) + "…";
    }
}
