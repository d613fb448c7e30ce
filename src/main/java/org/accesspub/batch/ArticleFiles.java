package org.accesspub.batch;

import java.io.IOException;
import java.nio.file.Files;
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
 * {@code .odt}), in name order,
 * hidden files skipped.
 */
public final class ArticleFiles {
    /** Extensions taken from a folder; a file named on the command line is read whatever its name. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "docx", "odt");

    private ArticleFiles() {
    }

    public static List<Path> expand(List<Path> named) {
        List<Path> files = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                files.addAll(inFolder(p));
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Whether any of the named paths is a folder: then the run is a batch even with one name. */
    public static boolean anyFolder(List<Path> named) {
        return named.stream().anyMatch(Files::isDirectory);
    }

    private static List<Path> inFolder(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> found = s.filter(ArticleFiles::isArticle).sorted().toList();
            if (found.isEmpty()) {
                throw AccesspubException.badInput("no articles in " + dir + ": a folder is read for "
                        + String.join(", ", EXTENSIONS.stream().sorted().map(e -> "." + e).toList()) + " files");
            }
            return found;
        } catch (IOException e) {
            throw new AccesspubException("cannot list " + dir + ": " + e.getMessage(), AccesspubException.BAD_INPUT, e);
        }
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && Files.isRegularFile(p)
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
