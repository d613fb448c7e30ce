package org.accesspub.model;

import java.util.List;
import java.util.Objects;

/** One article: what every reader produces and every writer consumes. */
public record Article(Metadata metadata, List<Block> blocks) {
    public Article {
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
    }

    public String language() {
        return metadata.language();
    }

    public Article withMetadata(Metadata m) {
        return new Article(m, blocks);
    }

    /** Every character the article shows: metadata and blocks. Font subsetting and coverage read this. */
    public String allText() {
        StringBuilder sb = new StringBuilder();
        metadata.appendText(sb);
        for (Block b : blocks) {
            sb.append(Blocks.plainText(b)).append('\n');
        }
        return sb.toString();
    }
}
