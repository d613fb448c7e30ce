package org.accesspub.batch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.accesspub.AccesspubException;

/**
 * Every shard's ledger of an output folder merged: for each article, its latest line (by time) says what it
 * is — done (converted, or up to date from an earlier run), failed, or unfinished (its last word is
 * {@code busy}: the run converting it stopped). With the manifest, the articles no run has reached yet are
 * counted too.
 */
public record LedgerSummary(Map<String, LedgerLine> latest, int files, int unreadable, int notRun) {
    public static LedgerSummary of(Path outDir, Manifest manifest) {
        Path folder = outDir.resolve(Ledger.FOLDER);
        List<Path> ledgers;
        try (Stream<Path> s = Files.list(folder)) {
            ledgers = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (NoSuchFileException e) {
            throw AccesspubException.badInput("no ledger in " + outDir + ": " + folder + " does not exist"
                    + " (is it the folder given to convert --manifest -o?)");
        } catch (IOException e) {
            throw AccesspubException.badInput("cannot list " + folder + ": " + e.getMessage());
        }
        Map<String, LedgerLine> latest = new LinkedHashMap<>();
        int unreadable = 0;
        for (Path ledger : ledgers) {
            List<String> lines;
            try {
                lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw AccesspubException.badInput("cannot read " + ledger + ": " + e.getMessage());
            }
            for (String text : lines) {
                if (text.isBlank()) {
                    continue;
                }
                try {
                    LedgerLine line = LedgerLine.fromJson(Json.object(text));
                    latest.merge(line.id(), line, (a, b) -> b.at().isBefore(a.at()) ? a : b);
                } catch (JsonParseException | DateTimeParseException | IllegalStateException | NullPointerException
                        | UnsupportedOperationException e) {
                    unreadable++; // a line cut short by a killed run
                }
            }
        }
        int notRun = 0;
        if (manifest != null) {
            Map<String, LedgerLine> inManifest = new LinkedHashMap<>();
            for (ManifestEntry e : manifest.entries()) {
                LedgerLine l = latest.get(e.id());
                if (l == null) {
                    notRun++;
                } else {
                    inManifest.put(e.id(), l);
                }
            }
            latest = inManifest;
        }
        return new LedgerSummary(latest, ledgers.size(), unreadable, notRun);
    }

    public List<LedgerLine> with(String status) {
        return latest.values().stream().filter(l -> l.status().equals(status)).toList();
    }

    public List<LedgerLine> failed() {
        return with(LedgerLine.FAILED);
    }

    /** Done now or in an earlier run. */
    public List<LedgerLine> made() {
        return latest.values().stream().filter(l -> l.status().equals(LedgerLine.DONE)
                || l.status().equals(LedgerLine.SKIPPED)).toList();
    }

    public double audioHours() {
        return made().stream().mapToDouble(LedgerLine::audioSeconds).sum() / 3600;
    }

    public List<LedgerLine> slowest(int n) {
        return made().stream().sorted(Comparator.comparingDouble(LedgerLine::seconds).reversed()).limit(n).toList();
    }

    /** As {@link ArchiveResult#exitCode()}: 0 when none failed. */
    public int exitCode() {
        return ArchiveResult.exitCode(failed().stream().mapToInt(LedgerLine::exit).toArray());
    }

    public String text(int slowest) {
        StringBuilder sb = new StringBuilder();
        double seconds = made().stream().mapToDouble(LedgerLine::seconds).sum();
        sb.append(String.format(Locale.ROOT, "articles   %d in %d ledger file%s%n", latest.size() + notRun, files,
                files == 1 ? "" : "s"));
        sb.append(String.format(Locale.ROOT, "done       %d (%d converted in their last run, %d up to date)%n",
                made().size(), with(LedgerLine.DONE).size(), with(LedgerLine.SKIPPED).size()));
        sb.append(String.format(Locale.ROOT, "failed     %d%n", failed().size()));
        sb.append(String.format(Locale.ROOT, "unfinished %d (the run converting them stopped)%n",
                with(LedgerLine.BUSY).size()));
        if (notRun > 0) {
            sb.append(String.format(Locale.ROOT, "not run    %d (in the manifest, in no ledger)%n", notRun));
        }
        sb.append(String.format(Locale.ROOT, "audio      %.2f hours%n", audioHours()));
        sb.append(String.format(Locale.ROOT, "time       %.1f s of conversion, %.2f s an article%n", seconds,
                made().isEmpty() ? 0 : seconds / made().size()));
        if (unreadable > 0) {
            sb.append(String.format(Locale.ROOT, "unreadable %d ledger line%s (cut short by a killed run)%n", unreadable,
                    unreadable == 1 ? "" : "s"));
        }
        if (!failed().isEmpty()) {
            sb.append("failed articles (exit code: error):\n");
            failed().forEach(l -> sb.append("  ").append(l.id()).append(" (").append(l.exit()).append("): ")
                    .append(ManifestEntry.escape(String.valueOf(l.error()))).append('\n'));
        }
        List<LedgerLine> slow = slowest(slowest);
        if (!slow.isEmpty()) {
            sb.append("slowest:\n");
            slow.forEach(l -> sb.append(String.format(Locale.ROOT, "  %8.2f s  %s%n", l.seconds(), l.id())));
        }
        return sb.toString();
    }

    public JsonObject toJson(int slowest) {
        JsonObject o = new JsonObject();
        o.addProperty("articles", latest.size() + notRun);
        o.addProperty("done", made().size());
        o.addProperty("convertedInLastRun", with(LedgerLine.DONE).size());
        o.addProperty("upToDate", with(LedgerLine.SKIPPED).size());
        o.addProperty("failed", failed().size());
        o.addProperty("unfinished", with(LedgerLine.BUSY).size());
        o.addProperty("notRun", notRun);
        o.addProperty("audioHours", Math.round(audioHours() * 1000) / 1000.0);
        o.addProperty("seconds", Math.round(made().stream().mapToDouble(LedgerLine::seconds).sum() * 1000) / 1000.0);
        o.addProperty("unreadableLines", unreadable);
        JsonArray f = new JsonArray();
        failed().forEach(l -> {
            JsonObject x = new JsonObject();
            x.addProperty("id", l.id());
            x.addProperty("exit", l.exit());
            x.addProperty("error", l.error());
            f.add(x);
        });
        o.add("failures", f);
        JsonArray s = new JsonArray();
        slowest(slowest).forEach(l -> {
            JsonObject x = new JsonObject();
            x.addProperty("id", l.id());
            x.addProperty("seconds", l.seconds());
            s.add(x);
        });
        o.add("slowest", s);
        return o;
    }

    public String json(int slowest) {
        return Json.pretty(toJson(slowest));
    }
}
