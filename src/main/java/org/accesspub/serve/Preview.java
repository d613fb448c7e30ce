package org.accesspub.serve;

import java.util.List;

/**
 * What an article's outputs will show, before any file is made: its details and outline, its images
 * with or without a text alternative, its tables, the first paragraph, and a spoken sample.
 *
 * @param sample the name of the spoken sample's file in the job's folder, or null
 * @param sampleError why there is no sample, or null
 */
record Preview(String title, String author, String date, String source, String language, List<Heading> outline,
               List<String> images, int tables, int tablesWithoutHeader, String firstParagraph, String firstSentence,
               String sample, String sampleError) {
    /** A heading of the outline; level 1 is the title. */
    record Heading(int level, String text) {
    }
}
