package org.accesspub.batch;

import java.util.List;
import org.accesspub.AccesspubException;

/** Every article of a batch, in the order given, and what the whole run comes to. */
public record BatchResult(List<ArticleResult> articles) {
    public BatchResult {
        articles = List.copyOf(articles);
    }

    public List<ArticleResult> failures() {
        return articles.stream().filter(ArticleResult::failed).toList();
    }

    public int filesWritten() {
        return articles.stream().mapToInt(a -> a.written().size()).sum();
    }

    public int warnings() {
        return articles.stream().mapToInt(ArticleResult::warnings).sum();
    }

    /** 0 when every article was written; otherwise the exit code of the first article that failed. */
    public int exitCode() {
        return articles.stream().filter(ArticleResult::failed).findFirst()
                .map(a -> a.failure().exitCode()).orElse(0);
    }

    /** The failure of the first article that failed, or null. */
    public AccesspubException firstFailure() {
        return articles.stream().filter(ArticleResult::failed).findFirst().map(ArticleResult::failure).orElse(null);
    }
}
