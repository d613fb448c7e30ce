package org.accesspub.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser-less client of a test server: its own cookies, forms sent as a browser sends them. */
final class Web {
    private static final Pattern STATE = Pattern.compile("\"state\":\"([a-z]+)\"");
    final URI base;
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final HttpClient http;

    Web(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static ServeOptions options(Path dir) {
        return new ServeOptions("127.0.0.1", 0, null, 2, Duration.ofHours(1), dir, 1024 * 1024, 4, 3 * 1024 * 1024,
                Duration.ofMinutes(10), Duration.ofSeconds(2), false);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (headers.length > 0) {
            r.headers(headers);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The form token the pages give this client (the start page is fetched once for it). */
    String csrf() throws IOException, InterruptedException {
        for (int i = 0; i < 2; i++) {
            for (HttpCookie c : cookies.getCookieStore().getCookies()) {
                if (c.getName().equals("accesspub_form")) {
                    return c.getValue();
                }
            }
            get("/");
        }
        throw new AssertionError("no form token cookie");
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file of a multipart form: its field, the name the client gives it, and its bytes. */
    record Part(String field, String filename, byte[] bytes) {
    }

    HttpResponse<String> upload(Map<String, ?> fields, List<Part> files) throws IOException, InterruptedException {
        String boundary = "----accesspubtest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            List<?> values = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
            for (Object v : values) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                        + v + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        for (Part p : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\"; filename=\""
                    + p.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(base.resolve("/jobs"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The usual form fields with this client's token, then {@code more}. */
    Map<String, Object> form(String action, List<String> formats, Object... more) throws IOException, InterruptedException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("csrf", csrf());
        f.put("action", action);
        f.put("formats", formats);
        for (int i = 0; i + 1 < more.length; i += 2) {
            f.put((String) more[i], more[i + 1]);
        }
        return f;
    }

    /** The job's path from a 303 answer. */
    static String job(HttpResponse<?> r) {
        if (r.statusCode() != 303) {
            throw new AssertionError("expected 303, got " + r.statusCode() + ": " + r.body());
        }
        return URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
    }

    /** Waits until the job is neither waiting nor running; returns its state. */
    String waitFinished(String job, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String state = "?";
        while (System.nanoTime() < end) {
            Matcher m = STATE.matcher(get(job + "/status").body());
            state = m.find() ? m.group(1) : "?";
            if (!state.equals("queued") && !state.equals("running")) {
                return state;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(job + " still " + state + " after " + limit);
    }
}
