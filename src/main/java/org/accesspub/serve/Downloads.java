package org.accesspub.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a job page offers to download: each file the job lists (by its name in the job, never a path from the
 * request), the spoken samples of its preview, and all its files as one zip.
 */
final class Downloads {
    private final Jobs jobs;

    Downloads(Jobs jobs) {
        this.jobs = jobs;
    }

    /** Serves one of the job's own files: a name the job lists, never a path from the request. */
    void file(Context ctx, Job job, Supplier<RuntimeException> notFound) {
        String name = ctx.pathParam("name");
        boolean listed;
        synchronized (job) {
            listed = job.articles.stream().anyMatch(a -> a.files.contains(name));
        }
        if (!listed) {
            throw notFound.get();
        }
        Path file = jobs.outDir(job).resolve(name);
        if (name.endsWith(".report.html")) {
            ctx.header("Content-Security-Policy", Server.REPORT_CSP);
            ctx.contentType("text/html; charset=utf-8");
        } else {
            ctx.contentType(contentType(name));
            ctx.header("Content-Disposition", "attachment; filename=\"" + asciiName(name) + "\"; filename*=UTF-8''"
                    + Pages.urlPart(name));
        }
        send(ctx, file);
    }

    void sample(Context ctx, Job job, Supplier<RuntimeException> notFound) {
        Path file = jobs.sample(job, ctx.pathParam("name"));
        if (file == null || !Files.isRegularFile(file)) {
            throw notFound.get();
        }
        ctx.contentType("audio/mpeg");
        send(ctx, file);
    }

    private static void send(Context ctx, Path file) {
        try {
            try (InputStream in = Files.newInputStream(file); OutputStream out = ctx.outputStream()) {
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void zip(Context ctx, Job job, Supplier<RuntimeException> notFound) {
        List<String> names = new ArrayList<>();
        synchronized (job) {
            if (job.state == Job.State.DONE) {
                job.articles.forEach(a -> names.addAll(a.files));
            }
        }
        if (names.isEmpty()) {
            throw notFound.get();
        }
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"accesspub-" + job.id.substring(0, 8) + ".zip\"");
        try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(jobs.outDir(job).resolve(name), zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static String asciiName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) return "application/pdf";
        if (n.endsWith(".epub")) return "application/epub+zip";
        if (n.endsWith(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        if (n.endsWith(".mp3")) return "audio/mpeg";
        if (n.endsWith(".wav")) return "audio/wav";
        if (n.endsWith(".vtt")) return "text/vtt; charset=utf-8";
        if (n.endsWith(".json")) return "application/json";
        if (n.endsWith(".zip")) return "application/zip";
        if (n.endsWith(".pef")) return "application/x-pef+xml";
        return "application/octet-stream";
    }
}
