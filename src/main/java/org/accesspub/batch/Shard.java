package org.accesspub.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.accesspub.AccesspubException;

/**
 * One of {@code count} disjoint parts of a manifest: the articles whose id hashes to {@code index} modulo
 * {@code count}. The hash is the first eight bytes of the SHA-256 of the id's UTF-8 bytes, read as an
 * unsigned big-endian number, so a shard holds the same articles on every machine, in every run and
 * whatever the order of the manifest.
 */
public record Shard(int index, int count) {
    /** Every article: the run is not sharded. */
    public static final Shard ALL = new Shard(0, 1);
    /** Set by Kubernetes in each pod of an Indexed Job. */
    public static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";
    /** The number of shards, when {@code --shards} is not given. */
    public static final String COUNT_VARIABLE = "ACCESSPUB_SHARDS";
    private static final int MAX_COUNT = 100_000;

    public Shard {
        if (count < 1 || count > MAX_COUNT) {
            throw AccesspubException.badUsage("the number of shards must be 1 to " + MAX_COUNT + ", not " + count);
        }
        if (index < 0 || index >= count) {
            throw AccesspubException.badUsage("shard " + index + " does not exist: with " + count
                    + " shards, K is 0 to " + (count - 1));
        }
    }

    /** {@code K/N}, K counted from 0. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw AccesspubException.badUsage("--shard takes K/N (for example 0/4), not '" + text + "'");
        }
        return new Shard(number(parts[0], "--shard " + text), number(parts[1], "--shard " + text));
    }

    /**
     * The shard a command line asks for: {@code --shard K/N}, else {@code --shards N} (or
     * {@value #COUNT_VARIABLE}) with K from {@value #INDEX_VARIABLE}; null when neither is given.
     */
    public static Shard select(String shard, Integer shards, Map<String, String> env) {
        if (shard != null) {
            if (shards != null) {
                throw AccesspubException.badUsage("give --shard K/N or --shards N, not both");
            }
            return parse(shard);
        }
        String count = shards != null ? shards.toString() : env.get(COUNT_VARIABLE);
        if (count == null || count.isBlank()) {
            return null;
        }
        String index = env.get(INDEX_VARIABLE);
        if (index == null || index.isBlank()) {
            throw AccesspubException.badUsage("--shards " + count + " takes this run's shard from " + INDEX_VARIABLE
                    + ", which is not set: give --shard K/" + count + " instead");
        }
        return new Shard(number(index, INDEX_VARIABLE + "=" + index), number(count, "--shards " + count));
    }

    public boolean contains(String id) {
        return of(id, count) == index;
    }

    /** The shard of {@code id} among {@code count}. */
    public static int of(String id, int count) {
        byte[] digest = sha256(id.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = h << 8 | (digest[i] & 0xff);
        }
        return (int) Long.remainderUnsigned(h, count);
    }

    /** {@code K-of-N}, as in the ledger's file name. */
    public String label() {
        return index + "-of-" + count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw AccesspubException.badUsage(what + ": '" + text.strip() + "' is not a whole number");
        }
    }
}
