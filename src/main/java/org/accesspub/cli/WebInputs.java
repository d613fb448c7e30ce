package org.accesspub.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.accesspub.AccesspubException;
import org.accesspub.Publisher;
import org.accesspub.model.Article;
import org.accesspub.read.WebPages;
import org.accesspub.write.Format;

/** The web addresses of a {@code convert} command line: each page is fetched, read and written in turn. */
final class WebInputs {
    private WebInputs() {
    }

    /**
     * Converts each address into {@code outDir/<base>.*} (the base from the address's path or the page's
     * title); one address alone fails the command with its error, several are reported one by one.
     *
     * @return the exit code: 0, or that of the last failure
     */
    static int convert(List<String> addresses, Publisher publisher, Set<Format> formats, Path outDir, PrintWriter out,
                       PrintWriter err, boolean alone) {
        int code = 0;
        for (String address : addresses) {
            try {
                Article article = publisher.read(address);
                String base = WebPages.baseName(address, article.metadata().title());
                // the page's images are embedded already: no folder of the disk is read for images
                publisher.write(article, outDir.toAbsolutePath(), formats, outDir, base).forEach(out::println);
            } catch (AccesspubException e) {
                if (alone) {
                    throw e;
                }
                err.println("accesspub: " + e.getMessage());
                code = e.exitCode();
            }
        }
        return code;
    }
}
