package org.accesspub.batch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.accesspub.AccesspubException;
import org.accesspub.lang.Languages;
import org.accesspub.write.Format;

/**
 * The articles of an archive run: a JSON Lines file, one object a line —
 * {@code {"id": "2019-0001", "source": "2019/0001.html", "title": "…", "language": "zh-CN", "formats": ["pdf", "audio"]}}
 * — with {@code id} and {@code source} required and the rest optional; or a folder, whose manifest is made
 * from its file names ({@link #ofFolder}). Ids are unique (ignoring case: they name folders) and checked
 * ({@link ManifestEntry#problem}); sources are relative to the manifest's folder. Every line is checked
 * before anything is converted: a bad one is exit 2 naming the line.
 */
public final class Manifest {
    private static final Set<String> KEYS = Set.of("id", "source", "title", "language", "formats");
    private final List<ManifestEntry> entries;
    private final List<ArticleFiles.Skipped> skipped;

    private Manifest(List<ManifestEntry> entries, List<ArticleFiles.Skipped> skipped) {
        this.entries = List.copyOf(entries);
        this.skipped = List.copyOf(skipped);
    }

    public List<ManifestEntry> entries() {
        return entries;
    }

    /** What a folder held that is not an article (reported by the caller). */
    public List<ArticleFiles.Skipped> skipped() {
        return skipped;
    }

    /** A manifest file, or a folder (see {@link #ofFolder}). */
    public static Manifest load(Path path) {
        return Files.isDirectory(path) ? ofFolder(path, path) : read(path);
    }

    public static Manifest read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw AccesspubException.badUsage("manifest " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw AccesspubException.badUsage("cannot read the manifest " + file + ": " + e.getMessage());
        }
        Path base = file.toAbsolutePath().getParent();
        List<ManifestEntry> entries = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\ufeff")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            String where = file + " line " + (i + 1);
            ManifestEntry e = entry(parse(line, where), base, where);
            String before = ids.putIfAbsent(e.id().toLowerCase(Locale.ROOT), where);
            if (before != null) {
                throw AccesspubException.badUsage(where + ": the id '" + ManifestEntry.escape(e.id())
                        + "' is already used on " + before.substring(file.toString().length() + 1)
                        + " (ids name output folders and must differ, ignoring case)");
            }
            entries.add(e);
        }
        if (entries.isEmpty()) {
            throw AccesspubException.badUsage("manifest " + file + " names no articles: one JSON object a line, "
                    + "{\"id\": \"…\", \"source\": \"…\"}");
        }
        return new Manifest(entries, List.of());
    }

    private static JsonObject parse(String line, String where) {
        try {
            return Json.object(line);
        } catch (JsonParseException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw AccesspubException.badUsage(where + ": not a JSON object {\"id\": …, \"source\": …}: " + firstSentence(why));
        }
    }

    private static ManifestEntry entry(JsonObject o, Path base, String where) {
        for (String key : o.keySet()) {
            if (!KEYS.contains(key)) {
                throw AccesspubException.badUsage(where + ": unknown key '" + ManifestEntry.escape(key)
                        + "': use id, source, title, language, formats");
            }
        }
        String id = ManifestEntry.requireId(text(o, "id", where, true), where);
        String source = text(o, "source", where, true);
        if (source.isBlank()) {
            throw AccesspubException.badUsage(where + ": the source is empty");
        }
        String title = text(o, "title", where, false);
        String language = text(o, "language", where, false);
        if (language != null) {
            try {
                language = Languages.requireTag(language);
            } catch (AccesspubException e) {
                throw AccesspubException.badUsage(where + ": " + e.getMessage());
            }
        }
        Path path = source.matches("(?i)[a-z][a-z0-9+.-]*://.*") ? null : base.resolve(source).normalize();
        return new ManifestEntry(id, source, path, title, language, formats(o.get("formats"), where));
    }

    private static String text(JsonObject o, String key, String where, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw AccesspubException.badUsage(where + ": no \"" + key + "\"");
            }
            return null;
        }
        if (e.isJsonPrimitive() && (e.getAsJsonPrimitive().isString()
                || (key.equals("id") && e.getAsJsonPrimitive().isNumber()))) {
            return e.getAsString();
        }
        throw AccesspubException.badUsage(where + ": \"" + key + "\" must be a string");
    }

    /** {@code ["pdf", "audio"]} or {@code "pdf,audio"}. */
    private static Set<Format> formats(JsonElement e, String where) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (e.isJsonArray()) {
            for (JsonElement f : e.getAsJsonArray()) {
                if (!f.isJsonPrimitive() || !f.getAsJsonPrimitive().isString()) {
                    throw AccesspubException.badUsage(where + ": \"formats\" lists names like \"pdf\"");
                }
                names.add(f.getAsString());
            }
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            names.addAll(List.of(e.getAsString().split(",")));
        } else {
            throw AccesspubException.badUsage(where + ": \"formats\" must be a list like [\"pdf\", \"epub\"]");
        }
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String name : names) {
            try {
                formats.add(Format.parse(name));
            } catch (AccesspubException ex) {
                throw AccesspubException.badUsage(where + ": " + ex.getMessage());
            }
        }
        if (formats.isEmpty()) {
            throw AccesspubException.badUsage(where + ": \"formats\" is empty");
        }
        return formats;
    }

    /**
     * The manifest of a folder and its subfolders (hidden ones skipped; links to folders not followed):
     * every article file, in path order, its source written relative to {@code relativeTo}. The id is the
     * file's path inside the folder without its extension, {@code /} written as {@code -} and characters
     * an id may not hold as {@code _}; where two files would share an id, the later one (in path order)
     * gets its extension appended ({@code a-md}), then a number ({@code a-md-2}).
     */
    public static Manifest ofFolder(Path dir, Path relativeTo) {
        Path root;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            root = dir.toRealPath();
            files = walk.filter(p -> !p.equals(dir) && !hiddenInside(dir, p) && ArticleFiles.hasArticleName(p))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw AccesspubException.badInput("cannot list " + dir + ": " + e.getMessage());
        }
        List<ManifestEntry> entries = new ArrayList<>();
        List<ArticleFiles.Skipped> skipped = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        Path from = relativeTo.toAbsolutePath().normalize();
        for (Path p : files) {
            ArticleFiles.Skipped why = ArticleFiles.check(root, p);
            if (why != null) {
                if (!Files.isDirectory(p)) {
                    skipped.add(why);
                }
                continue;
            }
            String id = uniqueId(dir.relativize(p), taken);
            String source = from.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
            entries.add(new ManifestEntry(id, source, p.toAbsolutePath().normalize(), null, null, null));
        }
        if (entries.isEmpty()) {
            throw AccesspubException.badInput("no articles in " + dir + " or its subfolders: a folder is read for "
                    + String.join(", ", ArticleFiles.EXTENSIONS.stream().sorted().map(e -> "." + e).toList()) + " files");
        }
        return new Manifest(entries, skipped);
    }

    private static boolean hiddenInside(Path dir, Path p) {
        for (Path part : dir.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String uniqueId(Path relative, Set<String> taken) {
        String name = relative.toString().replace('\\', '/');
        int dot = name.lastIndexOf('.');
        String ext = name.substring(dot + 1);
        String id = clean(name.substring(0, dot).replace('/', '-'));
        if (!taken.add(id.toLowerCase(Locale.ROOT))) {
            String withExt = clean(id + "-" + ext);
            id = withExt;
            for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
                id = withExt + "-" + n;
            }
        }
        return id;
    }

    /** Characters an id may not hold become {@code _}; leading dots and dashes go; too long is cut. */
    private static String clean(String raw) {
        StringBuilder sb = new StringBuilder();
        raw.codePoints().forEach(c -> sb.appendCodePoint(c < 0x20 || (c >= 0x7f && c < 0xa0)
                || "\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
        String id = sb.toString().replaceFirst("^[.\\-\\s]+", "").strip();
        while (id.getBytes(StandardCharsets.UTF_8).length > ManifestEntry.MAX_ID_BYTES - 12) {
            id = id.substring(0, id.offsetByCodePoints(0, id.codePointCount(0, id.length()) - 1));
        }
        return id.isEmpty() ? "article" : id;
    }

    /** The manifest as JSON Lines, as {@link #read} reads it. */
    public String toJsonLines() {
        StringBuilder sb = new StringBuilder();
        for (ManifestEntry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("source", e.source());
            if (e.title() != null) {
                o.addProperty("title", e.title());
            }
            if (e.language() != null) {
                o.addProperty("language", e.language());
            }
            if (e.formats() != null) {
                JsonArray a = new JsonArray();
                e.formats().stream().sorted().forEach(f -> a.add(new JsonPrimitive(f.id())));
                o.add("formats", a);
            }
            sb.append(Json.line(o)).append('\n');
        }
        return sb.toString();
    }

    private static String firstSentence(String s) {
        if (s == null) {
            return "unreadable";
        }
        int cut = s.indexOf("\nSee ");
        s = cut > 0 ? s.substring(0, cut) : s;
        cut = s.indexOf(" See https://");
        return cut > 0 ? s.substring(0, cut) : s;
    }
}
