package org.accesspub.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accesspub.fonts.BundledFonts;

/**
 * Start-up work begun on another core while picocli parses the command line and the input is read (about
 * a quarter of a second in which the second core would idle): the bundled fonts a document format will need.
 * It only guesses from the raw arguments; the conversion itself asks for everything again and gets the
 * same objects, so a wrong guess costs a little time on an idle core, never a wrong result. Measured on the
 * seed, all four formats, 8 alternated cold runs: median 2.53 s with it, 2.58 s without
 * ({@code -Daccesspub.preload=false} turns it off).
 */
final class Preload {
    private static final List<String> DOCUMENTS = List.of("pdf", "epub", "docx", "narrated");

    private Preload() {
    }

    static void start(String[] args) {
        if (args.length == 0 || !args[0].equals("convert") || List.of(args).contains("--help")
                || "false".equals(System.getProperty("accesspub.preload"))) {
            return;
        }
        List<String> formats = formats(args);
        if (formats.stream().anyMatch(DOCUMENTS::contains)) {
            Thread t = new Thread(() -> {
                try {
                    BundledFonts.notoSansSc(false);
                    BundledFonts.atkinson(false);
                    BundledFonts.notoSansSc(true);
                    BundledFonts.atkinson(true);
                } catch (RuntimeException e) {
                    // not cached: the writer that needs the font loads it again and reports the failure itself
                }
            }, "accesspub-preload");
            t.setDaemon(true);
            t.start();
        }
        // The speech engines are not preloaded: HanLP's dictionaries loaded ahead competed with the document
        // writers and made the all-formats run slower (2.61 s against 2.53 s, medians of 8 alternated runs).
    }

    /** The formats named with -f/--format, or the default four. */
    static List<String> formats(String[] args) {
        List<String> named = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if ((a.equals("-f") || a.equals("--format")) && i + 1 < args.length) {
                value = args[++i];
            } else if (a.startsWith("--format=")) {
                value = a.substring("--format=".length());
            } else if (a.startsWith("-f") && a.length() > 2 && !a.startsWith("--")) {
                value = a.substring(a.startsWith("-f=") ? 3 : 2);
            }
            if (value != null) {
                for (String f : value.split(",")) {
                    named.add(f.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return named.isEmpty() ? List.of("pdf", "epub", "docx", "audio") : named;
    }
}
