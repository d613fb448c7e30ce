package org.accesspub.batch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a shard's ledger: what became of one article in one run. {@code status} is {@code done}
 * (converted now), {@code skipped} (already made from the same source, options and version; the figures
 * are those of the run that made it), {@code busy} (another run was converting it) or {@code failed}
 * (with the error line and its exit code). {@code checks} holds the self-check's counts of an article
 * converted now ({@code {"error": 0, "warning": 3, "tip": 7}}), else null.
 */
public record LedgerLine(String id, String status, Instant at, String shard, String source, double seconds,
        List<DoneRecord.FileEntry> files, int warningCount, List<String> warnings, JsonObject checks, String error,
        int exit, double audioSeconds) {
    public static final String DONE = "done";
    public static final String SKIPPED = "skipped";
    public static final String BUSY = "busy";
    public static final String FAILED = "failed";
    /** Warnings kept in a line; the count has them all. */
    static final int MAX_WARNINGS = 20;

    public LedgerLine {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings.size() > MAX_WARNINGS ? warnings.subList(0, MAX_WARNINGS) : warnings);
    }

    /** The same line with the self-check's counts. */
    LedgerLine withChecks(org.accesspub.prepare.check.Findings.Counts counts) {
        JsonObject c = new JsonObject();
        c.addProperty("error", counts.errors());
        c.addProperty("warning", counts.warnings());
        c.addProperty("tip", counts.tips());
        return new LedgerLine(id, status, at, shard, source, seconds, files, warningCount, warnings, c, error, exit,
                audioSeconds);
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("status", status);
        o.addProperty("at", at.toString());
        o.addProperty("shard", shard);
        o.addProperty("source", source);
        o.addProperty("seconds", Math.round(seconds * 1000) / 1000.0);
        JsonArray fa = new JsonArray();
        for (DoneRecord.FileEntry f : files) {
            JsonObject fo = new JsonObject();
            fo.addProperty("name", f.name());
            fo.addProperty("bytes", f.bytes());
            fa.add(fo);
        }
        o.add("files", fa);
        o.addProperty("warningCount", warningCount);
        JsonArray wa = new JsonArray();
        warnings.forEach(wa::add);
        o.add("warnings", wa);
        o.add("checks", checks);
        o.addProperty("error", error);
        o.addProperty("exit", exit);
        o.addProperty("audioSeconds", Math.round(audioSeconds * 1000) / 1000.0);
        return o;
    }

    static LedgerLine fromJson(JsonObject o) {
        List<DoneRecord.FileEntry> files = new ArrayList<>();
        JsonElement fe = o.get("files");
        if (fe != null && fe.isJsonArray()) {
            for (JsonElement e : fe.getAsJsonArray()) {
                JsonObject f = e.getAsJsonObject();
                files.add(new DoneRecord.FileEntry(Json.string(f, "name"), (long) Json.number(f, "bytes"), null));
            }
        }
        List<String> warnings = new ArrayList<>();
        JsonElement we = o.get("warnings");
        if (we != null && we.isJsonArray()) {
            we.getAsJsonArray().forEach(w -> warnings.add(w.isJsonPrimitive() ? w.getAsString() : w.toString()));
        }
        JsonElement checks = o.get("checks");
        String id = Json.string(o, "id");
        String status = Json.string(o, "status");
        if (id == null || status == null) {
            throw new com.google.gson.JsonParseException("no id or status");
        }
        return new LedgerLine(id, status.toLowerCase(Locale.ROOT), Instant.parse(Json.string(o, "at")),
                Json.string(o, "shard"), Json.string(o, "source"), Json.number(o, "seconds"), files,
                (int) Json.number(o, "warningCount"), warnings,
                checks != null && checks.isJsonObject() ? checks.getAsJsonObject() : null, Json.string(o, "error"),
                (int) Json.number(o, "exit"), Json.number(o, "audioSeconds"));
    }
}
