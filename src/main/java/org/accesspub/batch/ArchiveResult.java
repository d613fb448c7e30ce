package org.accesspub.batch;

import java.nio.file.Path;
import java.util.List;
import org.accesspub.AccesspubException;

/** What one run of a shard did: a ledger line per article, in manifest order. */
public record ArchiveResult(Shard shard, Path ledger, List<LedgerLine> lines) {
    public ArchiveResult {
        lines = List.copyOf(lines);
    }

    public long count(String status) {
        return lines.stream().filter(l -> l.status().equals(status)).count();
    }

    public List<LedgerLine> failures() {
        return lines.stream().filter(l -> l.status().equals(LedgerLine.FAILED)).toList();
    }

    /**
     * 0 when no article failed; 3 when every failure is bad input, which running again will not mend;
     * otherwise the exit code of the first other failure (a retry may help: a full disk, a bug).
     */
    public int exitCode() {
        return exitCode(failures().stream().mapToInt(LedgerLine::exit).toArray());
    }

    static int exitCode(int[] failures) {
        int code = 0;
        for (int f : failures) {
            if (f != AccesspubException.BAD_INPUT) {
                return f;
            }
            code = f;
        }
        return code;
    }

    /** {@code shard 0/4: 50 articles: 40 converted, 8 up to date, 1 busy, 1 failed}. */
    public String summary() {
        return "shard " + shard + ": " + lines.size() + " article" + (lines.size() == 1 ? "" : "s") + ": "
                + count(LedgerLine.DONE) + " converted, " + count(LedgerLine.SKIPPED) + " up to date, "
                + count(LedgerLine.BUSY) + " busy in another run, " + count(LedgerLine.FAILED) + " failed; ledger "
                + ledger;
    }
}
