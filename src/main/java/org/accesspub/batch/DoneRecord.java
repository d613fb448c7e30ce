package org.accesspub.batch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OUT/<id>/.done}: what an article's files were made from, written last and atomically once they
 * are all in place. A rerun skips the article when the source, the options and the tool version are the
 * same and every file is still there with its size; anything else redoes it.
 */
public record DoneRecord(String id, String source, String sourceSha256, String optionsSha256, String version,
        Instant finished, double seconds, int warnings, double audioSeconds, List<FileEntry> files) {
    public static final String NAME = ".done";

    public DoneRecord {
        files = List.copyOf(files);
    }

    /** One file of the set: its name in the article's folder, size and SHA-256. */
    public record FileEntry(String name, long bytes, String sha256) {
    }

    /** Whether this record says the article is already made from this source, with these options and tool. */
    public boolean matches(String sourceSha256, String optionsSha256, String version) {
        return this.sourceSha256.equals(sourceSha256) && this.optionsSha256.equals(optionsSha256)
                && this.version.equals(version);
    }

    /** Whether every file of the record is in {@code dir} with its size (hashes are not read again). */
    public boolean intact(Path dir) {
        for (FileEntry f : files) {
            try {
                if (Files.size(dir.resolve(f.name())) != f.bytes()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The record of {@code dir}, or null when there is none or it cannot be read (then the article is redone). */
    public static DoneRecord read(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            JsonObject o = Json.object(Files.readString(file, StandardCharsets.UTF_8));
            List<FileEntry> files = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("files")) {
                JsonObject f = e.getAsJsonObject();
                files.add(new FileEntry(f.get("name").getAsString(), f.get("bytes").getAsLong(), f.get("sha256").getAsString()));
            }
            return new DoneRecord(o.get("id").getAsString(), Json.string(o, "source"), o.get("sourceSha256").getAsString(),
                    o.get("optionsSha256").getAsString(), o.get("version").getAsString(),
                    Instant.parse(o.get("finished").getAsString()), Json.number(o, "seconds"),
                    (int) Json.number(o, "warnings"), Json.number(o, "audioSeconds"), files);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | JsonParseException | IllegalStateException | NullPointerException
                | UnsupportedOperationException | java.time.format.DateTimeParseException e) {
            return null; // a damaged record: the article is made again
        }
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("source", source);
        o.addProperty("sourceSha256", sourceSha256);
        o.addProperty("optionsSha256", optionsSha256);
        o.addProperty("version", version);
        o.addProperty("finished", finished.toString());
        o.addProperty("seconds", seconds);
        o.addProperty("warnings", warnings);
        o.addProperty("audioSeconds", audioSeconds);
        JsonArray a = new JsonArray();
        for (FileEntry f : files) {
            JsonObject fo = new JsonObject();
            fo.addProperty("name", f.name());
            fo.addProperty("bytes", f.bytes());
            fo.addProperty("sha256", f.sha256());
            a.add(fo);
        }
        o.add("files", a);
        return o;
    }

    /** Writes the record to a temporary file, flushes it to disk and renames it into place. */
    public void write(Path dir) throws IOException {
        Path temp = Files.createTempFile(dir, NAME + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap((Json.pretty(toJson()) + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(temp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
