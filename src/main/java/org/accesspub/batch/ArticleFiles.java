package org.accesspub.batch;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.accesspub.AccesspubException;

/**
 * The articles a command line names: files as given, and for a folder the articles directly inside it
 * ({@code .txt}, {@code .md}, {@code .markdown}, {@code .html}, {@code .htm}, {@code .xhtml}, {@code .docx},
 * {@code .odt}), in name order, hidden files skipped. In a folder, an entry with an article's name that is not
 * a readable file (a pipe, a device, a symbolic link loop, a dangling link) is skipped and said so; a symbolic
 * link that leads out of the folder is refused.
 */
public final class ArticleFiles {
    /** Extensions taken from a folder; a file named on the command line is read whatever its name. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "docx", "odt");

    /** What a folder held: the articles, and the entries with an article's name that were left out. */
    public record Listing(List<Path> articles, List<Skipped> skipped) {
        public Listing {
            articles = List.copyOf(articles);
            skipped = List.copyOf(skipped);
        }

        /** The entries refused as unsafe (a link out of the folder): each fails as bad input. */
        public List<Skipped> refused() {
            return skipped.stream().filter(Skipped::refused).toList();
        }

        /** The entries only skipped (not a file): each is reported as a warning. */
        public List<Skipped> ignored() {
            return skipped.stream().filter(s -> !s.refused()).toList();
        }
    }

    /** An entry left out and why; {@code refused} when it is unsafe rather than merely not a file. */
    public record Skipped(Path path, String reason, boolean refused) {
        public String message() {
            return (refused ? "refused " : "skipped ") + path + ": " + reason;
        }
    }

    private ArticleFiles() {
    }

    public static List<Path> expand(List<Path> named) {
        return list(named).articles();
    }

    /** The articles of the named files and folders, with what each folder held that is not one. */
    public static Listing list(List<Path> named) {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                Listing in = inFolder(p);
                files.addAll(in.articles());
                skipped.addAll(in.skipped());
            } else {
                files.add(p);
            }
        }
        return new Listing(files, skipped);
    }

    /** Whether any of the named paths is a folder: then the run is a batch even with one name. */
    public static boolean anyFolder(List<Path> named) {
        return named.stream().anyMatch(Files::isDirectory);
    }

    private static Listing inFolder(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> found = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            Path root = dir.toRealPath();
            for (Path p : s.filter(ArticleFiles::hasArticleName).sorted().toList()) {
                Skipped why = check(root, p);
                if (why == null) {
                    found.add(p);
                } else {
                    skipped.add(why);
                }
            }
            if (found.isEmpty() && skipped.stream().noneMatch(Skipped::refused)) {
                throw AccesspubException.badInput("no articles in " + dir + ": a folder is read for "
                        + String.join(", ", EXTENSIONS.stream().sorted().map(e -> "." + e).toList()) + " files"
                        + (skipped.isEmpty() ? "" : " (" + skipped.get(0).message()
                                + (skipped.size() > 1 ? " and " + (skipped.size() - 1) + " more" : "") + ")"));
            }
            return new Listing(found, skipped);
        } catch (IOException e) {
            throw new AccesspubException("cannot list " + dir + ": " + e.getMessage(), AccesspubException.BAD_INPUT, e);
        }
    }

    /** A visible entry whose name ends in an article extension. */
    static boolean hasArticleName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Null when {@code p} (inside the real folder {@code root}) is an article to read; else why not. */
    static Skipped check(Path root, Path p) {
        if (Files.isSymbolicLink(p)) {
            Path real;
            try {
                real = p.toRealPath();
            } catch (FileSystemLoopException e) {
                return new Skipped(p, "a symbolic link loop", false);
            } catch (IOException e) {
                String loop = e.getMessage() != null && e.getMessage().contains("Too many levels") ? "a symbolic link loop"
                        : "a symbolic link to nothing";
                return new Skipped(p, loop, false);
            }
            if (!real.startsWith(root)) {
                return new Skipped(p, "a symbolic link that leads out of the folder (to " + real
                        + "): copy the file into the folder, or name it on the command line", true);
            }
        }
        if (Files.isRegularFile(p)) {
            return null;
        }
        String kind = Files.isDirectory(p) ? "a folder" : Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                ? "not a regular file (a pipe, socket or device)" : "gone while the folder was read";
        return new Skipped(p, kind, false);
    }
}
