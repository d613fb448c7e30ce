package org.accesspub.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One job of the server: its articles, what to make of them, and how far it got. Saved as
 * {@code jobs/<id>/job.json} after every change, so its page survives a restart. Guarded by its own lock.
 */
final class Job {
    enum State { PREVIEW, QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /** One article of the job: an uploaded file or the pasted text. */
    static final class Article {
        /** The stored input's name, made by the server ({@code 1.txt}); never the uploaded name. */
        String stored;
        /** The uploaded file's name, shown (escaped) and never used as a path. */
        String label;
        long bytes;
        String title;
        String author;
        String date;
        /** Format id to state: waiting, working, done, failed, cancelled. */
        Map<String, String> progress = new LinkedHashMap<>();
        /** Format id to {steps done, steps in all} while it is being made, for a format that counts its steps. */
        Map<String, long[]> steps = new LinkedHashMap<>();
        /** The names of the files made, in the job's out folder. */
        List<String> files = new ArrayList<>();
        /** What the editor should know, with the key the page words it by in its own language. */
        List<org.accesspub.Warning> notes = new ArrayList<>();
        String report;
        /** The self-check rules the report lists findings of: a warning one of them repeats is shown there only. */
        java.util.SortedSet<String> reported = new java.util.TreeSet<>();
        Preview preview;
        /** The title the files carry, once made. */
        String found;

        /** The title the editor gave, else the one the preview found, else null. */
        String shownTitle() {
            if (title != null && !title.isBlank()) {
                return title;
            }
            return preview != null ? preview.title() : found;
        }
    }

    String id;
    String client;
    long created;
    long finished;
    State state = State.PREVIEW;
    String error;
    Choices choices = new Choices();
    List<Article> articles = new ArrayList<>();

    long bytes() {
        return articles.stream().mapToLong(a -> a.bytes).sum();
    }

    boolean active() {
        return state == State.QUEUED || state == State.RUNNING || state == State.PREVIEW;
    }

    /** The name the job goes by: its first article's title. */
    String title() {
        return articles.isEmpty() ? null : articles.get(0).shownTitle();
    }
}
