package org.accesspub.serve;

import com.google.gson.Gson;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.accesspub.AccesspubException;
import org.accesspub.Failures;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * {@code accesspub serve}: the web page for editors. Javalin (Jetty 12) does all HTTP, multipart and cookie
 * work; this class maps requests to {@link Jobs} and {@link Pages}. Every POST carries the form token of its
 * cookie; with an access key, every request but the sign-in page carries the key's cookie.
 */
public final class Server implements AutoCloseable {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "media-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** The report is a page of its own with its inline style sheet, and still no script. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String CSRF_COOKIE = "accesspub_form";
    private static final String SESSION_COOKIE = "accesspub_key";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> STATIC = Map.of("app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");

    private final ServeOptions options;
    private final Jobs jobs;
    private final JobRunner runner;
    private final Downloads downloads;
    private final Map<String, byte[]> statics = new LinkedHashMap<>();
    private final String session;
    private final Gson gson = new Gson();
    private final Javalin app;

    private Server(ServeOptions options) {
        this.options = options;
        this.runner = new JobRunner(options.maxJobBytes());
        this.jobs = new Jobs(options.jobsDir(), options.jobs(), options.keep(), options.articleTimeout(), runner);
        this.downloads = new Downloads(jobs);
        this.session = options.token() == null ? null : hmac(options.token());
        for (String name : STATIC.keySet()) {
            try (InputStream in = Server.class.getResourceAsStream("static/" + name)) {
                statics.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path uploads = options.jobsDir().resolve(".uploads");
        try {
            Files.createDirectories(uploads);
        } catch (IOException e) {
            throw AccesspubException.cannotWrite("cannot make " + uploads + ": " + e.getMessage(), e);
        }
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.multipartConfig.cacheDirectory(uploads.toString());
            config.jetty.multipartConfig.maxFileSize(options.maxJobBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxJobBytes() + 1024 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64 * 1024, SizeUnit.BYTES);
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            // bytes a second: a trickling upload is cut off (Javalin puts its handler inside this wrapper)
            config.jetty.modifyServer(server -> server.setHandler(new MinimumDataRateHandler(1024, 0)));
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(options.bind());
                c.setPort(options.port());
                c.setIdleTimeout(options.idleTimeout().toMillis());
                return c;
            });
            config.routes.before(this::guard);
            config.routes.get("/", ctx -> html(ctx, Pages.home(frame(ctx), null, mb(options.maxJobBytes()))));
            config.routes.get("/static/{name}", this::staticFile);
            config.routes.get("/sign-in", ctx -> html(ctx, Pages.signIn(frame(ctx), false)));
            config.routes.post("/sign-in", this::signIn);
            config.routes.post("/jobs", this::create);
            config.routes.get("/jobs/{id}", ctx -> html(ctx, jobPage(ctx, job(ctx))));
            config.routes.get("/jobs/{id}/status", this::status);
            config.routes.post("/jobs/{id}/start", this::start);
            config.routes.post("/jobs/{id}/cancel", this::cancel);
            config.routes.get("/jobs/{id}/files/{name}", ctx -> downloads.file(ctx, job(ctx), () -> notFound(ctx)));
            config.routes.get("/jobs/{id}/all.zip", ctx -> downloads.zip(ctx, job(ctx), () -> notFound(ctx)));
            config.routes.get("/jobs/{id}/sample/{name}", ctx -> downloads.sample(ctx, job(ctx), () -> notFound(ctx)));
            config.routes.exception(AccesspubException.class, (e, ctx) -> fail(ctx,
                    e.exitCode() == AccesspubException.CANNOT_WRITE || e.exitCode() == AccesspubException.UNEXPECTED
                            ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST, Failures.oneLine(e.getMessage())));
            config.routes.exception(Refused.class, (e, ctx) -> fail(ctx, e.status, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("accesspub serve: " + ctx.method() + " " + ctx.path() + ": " + Failures.describe(e));
                if (options.debug()) {
                    e.printStackTrace();
                }
                fail(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                        frame(ctx).t().get("error.server", Failures.oneLine(Failures.lastResort(e).getMessage())));
            });
            config.routes.error(404, ctx -> errorPage(ctx, frame(ctx).t().get("error.notfound", keepText())));
            config.routes.error(405, ctx -> errorPage(ctx, frame(ctx).t().get("error.method")));
            config.routes.error(413, ctx -> errorPage(ctx, frame(ctx).t().get("error.toolarge", mb(options.maxJobBytes()))));
        });
    }

    /** Starts the server; {@link #port()} tells where it listens. */
    public static Server start(ServeOptions options) {
        Server s = new Server(options);
        s.app.start();
        return s;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
    }

    /** A failure the editor can fix, with the page's status. */
    static final class Refused extends RuntimeException {
        final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    // ---- every request

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        String lang = ctx.queryParam("lang");
        if (lang != null && Strings.LOCALES.contains(lang)) {
            ctx.cookie(cookie("accesspub_lang", lang, 365 * 24 * 3600));
            ctx.attribute("lang", lang);
        }
        String contrast = ctx.queryParam("contrast");
        if ("on".equals(contrast) || "off".equals(contrast)) {
            ctx.cookie(cookie("accesspub_contrast", contrast, 365 * 24 * 3600));
            ctx.attribute("contrast", contrast);
        }
        if (session != null && !ctx.path().startsWith("/static/") && !ctx.path().equals("/sign-in")
                && !equal(session, ctx.cookie(SESSION_COOKIE))) {
            if (ctx.method().name().equals("GET")) {
                ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            } else {
                ctx.status(HttpStatus.UNAUTHORIZED).html(Pages.signIn(frame(ctx), false));
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method().name().equals("POST")) {
            String origin = ctx.header("Origin");
            String host = ctx.header("Host");
            if (origin != null && !origin.equals("null") && host != null
                    && !origin.equalsIgnoreCase("http://" + host) && !origin.equalsIgnoreCase("https://" + host)) {
                throw new Refused(HttpStatus.FORBIDDEN, frame(ctx).t().get("error.csrf"));
            }
        }
    }

    /** Every POST carries the form token its page was given, equal to its cookie. */
    private void checkForm(Context ctx) {
        String cookie = ctx.cookie(CSRF_COOKIE);
        String sent = ctx.formParam("csrf");
        if (cookie == null || sent == null || !equal(cookie, sent)) {
            throw new Refused(HttpStatus.FORBIDDEN, frame(ctx).t().get("error.csrf"));
        }
    }

    private Pages.Frame frame(Context ctx) {
        String asked = ctx.attribute("lang");
        String locale = Strings.choose(asked != null ? asked : ctx.cookie("accesspub_lang"), ctx.header("Accept-Language"));
        String contrast = ctx.attribute("contrast");
        boolean high = "on".equals(contrast != null ? contrast : ctx.cookie("accesspub_contrast"));
        String csrf = ctx.attribute("csrf");
        if (csrf == null) {
            csrf = ctx.cookie(CSRF_COOKIE);
            if (csrf == null || !csrf.matches("[A-Za-z0-9_-]{43}")) {
                byte[] bits = new byte[32];
                RANDOM.nextBytes(bits);
                csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
                ctx.cookie(cookie(CSRF_COOKIE, csrf, -1));
            }
            ctx.attribute("csrf", csrf);
        }
        String path = ctx.path();
        if (!ctx.method().name().equals("GET") || !path.matches("[A-Za-z0-9/_-]{1,100}")) {
            path = "/";
        }
        return new Pages.Frame(Strings.of(locale), csrf, path, high);
    }

    private static Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, false, true, null, SameSite.STRICT);
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private void fail(Context ctx, HttpStatus status, String message) {
        if (ctx.path().equals("/jobs") && ctx.method().name().equals("POST") && status != HttpStatus.FORBIDDEN) {
            ctx.status(status);
            html(ctx, Pages.home(frame(ctx), message, mb(options.maxJobBytes())));
            return;
        }
        ctx.status(status);
        html(ctx, Pages.error(frame(ctx), message));
    }

    private void errorPage(Context ctx, String message) {
        if (ctx.result() == null || !ctx.result().startsWith("<!DOCTYPE")) {
            html(ctx, Pages.error(frame(ctx), message));
        }
    }

    private String keepText() {
        long h = options.keep().toHours();
        return h > 0 ? h + " h" : options.keep().toMinutes() + " min";
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    // ---- sign-in

    private void signIn(Context ctx) {
        checkForm(ctx);
        String token = ctx.formParam("token");
        if (session == null) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } else if (token != null && equal(session, hmac(token))) {
            ctx.cookie(cookie(SESSION_COOKIE, session, -1));
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
            html(ctx, Pages.signIn(frame(ctx), true));
        }
    }

    private static String hmac(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal("accesspub serve".getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean equal(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    // ---- a new job

    private void create(Context ctx) {
        Strings t = frame(ctx).t();
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (Exception e) { // Jetty's multipart parser: over the limit, cut off, or malformed
            if (ctx.contentLength() > options.maxJobBytes()) {
                throw new Refused(HttpStatus.CONTENT_TOO_LARGE, t.get("error.toolarge", mb(options.maxJobBytes())));
            }
            throw new Refused(HttpStatus.BAD_REQUEST, t.get("error.timeout"));
        }
        checkForm(ctx);
        String client = ctx.ip();
        long[] active = jobs.activeOf(client);
        if (active[0] >= options.clientJobs()) {
            throw new Refused(HttpStatus.TOO_MANY_REQUESTS, t.get("error.busy", active[0]));
        }
        Choices c = choices(ctx);
        if (c.wanted().isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, t.get("error.noformat"));
        }
        runner.check(c);
        String text = ctx.formParam("text");
        List<UploadedFile> given = files.stream().filter(f -> f.filename() != null && !f.filename().isBlank()).toList();
        boolean pasted = text != null && !text.isBlank();
        if (given.isEmpty() && !pasted) {
            throw new Refused(HttpStatus.BAD_REQUEST, t.get("error.nothing"));
        }
        long bytes = given.stream().mapToLong(UploadedFile::size).sum()
                + (pasted ? text.getBytes(StandardCharsets.UTF_8).length : 0);
        if (bytes > options.maxJobBytes()) {
            throw new Refused(HttpStatus.CONTENT_TOO_LARGE, t.get("error.toolarge", mb(options.maxJobBytes())));
        }
        if (active[1] + bytes > options.clientBytes()) {
            throw new Refused(HttpStatus.TOO_MANY_REQUESTS, t.get("error.clienttotal", mb(active[1])));
        }
        for (UploadedFile f : given) {
            if (!Choices.KINDS.contains(extension(f.filename()))) {
                throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, t.get("error.kind", label(f.filename())));
            }
        }
        Job job = jobs.create(client, c);
        try {
            int n = 0;
            for (UploadedFile f : given) {
                Job.Article a = new Job.Article();
                a.stored = (++n) + "." + extension(f.filename()); // the server's name, never the upload's
                a.label = label(f.filename());
                try (InputStream in = f.content()) {
                    a.bytes = Files.copy(in, jobs.inDir(job).resolve(a.stored));
                }
                job.articles.add(a);
            }
            if (pasted) {
                Job.Article a = new Job.Article();
                a.stored = (++n) + ("md".equals(ctx.formParam("kind")) ? ".md" : ".txt");
                a.label = pastedLabel(t);
                a.bytes = Files.writeString(jobs.inDir(job).resolve(a.stored), text, StandardCharsets.UTF_8).toFile().length();
                job.articles.add(a);
            }
            for (Job.Article a : job.articles) {
                a.title = field(ctx, "title");
                a.author = field(ctx, "author");
                a.date = field(ctx, "date");
            }
            jobs.add(job);
            if ("preview".equals(ctx.formParam("action"))) {
                jobs.preview(job, java.time.Duration.ofMinutes(2));
            } else {
                jobs.enqueue(job);
            }
        } catch (IOException e) {
            jobs.discard(job);
            throw AccesspubException.cannotWrite("cannot store the upload: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            jobs.discard(job);
            throw e;
        }
        ctx.redirect("/jobs/" + job.id, HttpStatus.SEE_OTHER);
    }

    private static String pastedLabel(Strings t) {
        return "zh".equals(t.locale()) ? "粘贴的正文" : "pasted text";
    }

    private static Choices choices(Context ctx) {
        Choices c = new Choices();
        c.preset = ctx.formParam("preset");
        c.formats = ctx.formParams("formats");
        c.report = ctx.formParam("report") != null;
        c.size = ctx.formParam("size");
        c.theme = ctx.formParam("theme");
        c.page = ctx.formParam("page");
        c.voice = ctx.formParam("voice");
        c.rate = ctx.formParam("rate");
        c.braille = ctx.formParam("braille");
        return c.sanitised();
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = Failures.oneLine(v.strip());
        return v.length() > 300 ? v.substring(0, 300) : v;
    }

    /** The extension of an uploaded name, lower case; only a name from {@link Choices#KINDS} is ever used. */
    static String extension(String filename) {
        String name = label(filename);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** An uploaded name as shown: its last part, no control characters, at most 120 characters. */
    static String label(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    // ---- a job

    private Job job(Context ctx) {
        Job job = jobs.get(ctx.pathParam("id"));
        if (job == null) {
            throw notFound(ctx);
        }
        return job;
    }

    private Refused notFound(Context ctx) {
        return new Refused(HttpStatus.NOT_FOUND, frame(ctx).t().get("error.notfound", keepText()));
    }

    private String jobPage(Context ctx, Job job) {
        List<String> reports = new ArrayList<>();
        synchronized (job) {
            for (Job.Article a : job.articles) {
                reports.add(a.report == null ? null : ReportInline.of(jobs.outDir(job).resolve(a.report)));
            }
            return Pages.job(frame(ctx), job, jobs.place(job), jobs.expires(job), reports);
        }
    }

    private void status(Context ctx) {
        Job job = job(ctx);
        Strings t = frame(ctx).t();
        Map<String, Object> s = new LinkedHashMap<>();
        synchronized (job) {
            s.put("state", job.state.name().toLowerCase(Locale.ROOT));
            s.put("text", Pages.stateText(t, job, jobs.place(job)));
            List<Map<String, Object>> formats = new ArrayList<>();
            int i = 0;
            for (Job.Article a : job.articles) {
                i++;
                for (Map.Entry<String, String> e : a.progress.entrySet()) {
                    long[] steps = a.steps.get(e.getKey());
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("id", "p-" + i + "-" + e.getKey());
                    f.put("state", e.getValue());
                    f.put("text", Pages.progressText(t, e.getValue(), steps));
                    f.put("ready", t.get("job.live.ready", t.get("format." + e.getKey())));
                    if (steps != null && steps[1] > 0 && e.getValue().equals("working")) {
                        f.put("value", Math.min(steps[0], steps[1]));
                        f.put("max", steps[1]);
                    }
                    formats.add(f);
                }
            }
            s.put("formats", formats);
        }
        ctx.contentType("application/json; charset=utf-8").result(gson.toJson(s));
    }

    private void start(Context ctx) {
        checkForm(ctx);
        Job job = job(ctx);
        Strings t = frame(ctx).t();
        if (job.state == Job.State.PREVIEW) {
            int i = 0;
            for (Job.Article a : job.articles) {
                i++;
                a.title = field(ctx, "title-" + i);
                a.author = field(ctx, "author-" + i);
                a.date = field(ctx, "date-" + i);
            }
        }
        if (job.state != Job.State.QUEUED && job.state != Job.State.RUNNING && job.state != Job.State.DONE) {
            long[] active = jobs.activeOf(job.client);
            if (job.state != Job.State.PREVIEW && active[0] >= options.clientJobs()) {
                throw new Refused(HttpStatus.TOO_MANY_REQUESTS, t.get("error.busy", active[0]));
            }
            jobs.enqueue(job);
        }
        ctx.redirect("/jobs/" + job.id, HttpStatus.SEE_OTHER);
    }

    private void cancel(Context ctx) {
        checkForm(ctx);
        Job job = job(ctx);
        jobs.cancel(job);
        ctx.redirect("/jobs/" + job.id, HttpStatus.SEE_OTHER);
    }

    private void staticFile(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] bytes = statics.get(name);
        if (bytes == null) {
            throw notFound(ctx);
        }
        ctx.header("Cache-Control", "max-age=300");
        ctx.contentType(STATIC.get(name)).result(bytes);
    }
}
