package org.accesspub.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What reaches the terminal: every message, warning and file name the tool prints passes here, and a control
 * character from the input (NUL, ESC, BEL, C1 controls) or a bidirectional override is shown as an escape
 * ({@code \x1B}, {@code \u202E}) instead of acting on the terminal. Line ends and tabs pass.
 */
final class TerminalText extends FilterWriter {
    private TerminalText(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    static boolean isUnsafe(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The text with every unsafe character escaped. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnsafe(c)) {
                sb.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (isUnsafe(c)) {
            out.write(escape(String.valueOf((char) c)));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        String s = str.substring(off, off + len);
        for (int i = 0; i < s.length(); i++) {
            if (isUnsafe(s.charAt(i))) {
                out.write(escape(s));
                return;
            }
        }
        out.write(s);
    }
}
