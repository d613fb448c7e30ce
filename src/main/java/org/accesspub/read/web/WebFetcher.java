package org.accesspub.read.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.accesspub.AccesspubException;

/**
 * Fetches one web address with the JDK's HttpClient: GET, at most {@value #MAX_REDIRECTS} redirects (each hop
 * checked by the {@link AddressPolicy}), a {@value #TIMEOUT_SECONDS} s timeout for connecting and for the
 * whole answer, and a size limit counted as the body arrives (a missing or false Content-Length does not
 * help a server past it). Every failure — DNS, TLS, an HTTP error, too large, too slow — is one line (exit
 * code 3). Immutable and thread-safe.
 */
public final class WebFetcher {
    public static final int MAX_REDIRECTS = 5;
    public static final int TIMEOUT_SECONDS = 30;

    /** What came back: the final address, the media type and charset the server named (either may be null), the body. */
    public record Response(URI uri, String mediaType, String charset, byte[] body) {
    }

    private final AddressPolicy policy;
    private final HttpClient client;

    public WebFetcher(AddressPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, each hop checked
                .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .build();
    }

    public Response fetch(String address, long maxBytes, String what) {
        URI uri = policy.check(address);
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> r = send(uri, what);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = r.headers().firstValue("location").orElse(null);
                close(r);
                if (location == null) {
                    throw AccesspubException.badInput("cannot read " + what + " " + uri + ": HTTP " + status
                            + " without a Location to go to");
                }
                if (hop >= MAX_REDIRECTS) {
                    throw AccesspubException.badInput("cannot read " + what + " " + uri + ": more than " + MAX_REDIRECTS
                            + " redirects");
                }
                try {
                    uri = policy.check(uri.resolve(location.strip()));
                } catch (IllegalArgumentException e) {
                    throw AccesspubException.badInput("cannot read " + what + " " + uri + ": it redirects to a bad address");
                }
                continue;
            }
            if (status != 200) {
                close(r);
                throw AccesspubException.badInput("cannot read " + what + " " + uri + ": the server answered HTTP " + status
                        + (status == 404 ? " (not found: check the address)" : ""));
            }
            String type = r.headers().firstValue("content-type").orElse("");
            byte[] body = body(r, uri, maxBytes, what);
            return new Response(uri, mediaType(type), charset(type), body);
        }
    }

    private HttpResponse<InputStream> send(URI uri, String what) {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("User-Agent", "accesspub (accessible publishing)")
                .header("Accept", "text/html,application/xhtml+xml,image/*;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw AccesspubException.badInput("cannot read " + what + " " + uri + ": no answer within "
                    + TIMEOUT_SECONDS + " s");
        } catch (SSLException e) {
            throw AccesspubException.badInput("cannot read " + what + " " + uri + ": the secure connection failed ("
                    + e.getMessage() + ")");
        } catch (java.net.ConnectException e) {
            throw AccesspubException.badInput("cannot read " + what + " " + uri + ": the server refused the connection");
        } catch (IOException e) {
            throw AccesspubException.badInput("cannot read " + what + " " + uri + ": " + oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AccesspubException.badInput("cannot read " + what + " " + uri + ": interrupted");
        }
    }

    private static byte[] body(HttpResponse<InputStream> r, URI uri, long maxBytes, String what) {
        long declared = r.headers().firstValueAsLong("content-length").orElse(-1);
        try (InputStream in = r.body()) {
            if (declared > maxBytes) {
                throw tooLarge(uri, maxBytes, what);
            }
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (b.length > maxBytes) {
                throw tooLarge(uri, maxBytes, what);
            }
            return b;
        } catch (IOException e) {
            throw AccesspubException.badInput("cannot read " + what + " " + uri + ": " + oneLine(e));
        }
    }

    private static AccesspubException tooLarge(URI uri, long maxBytes, String what) {
        return AccesspubException.badInput("cannot read " + what + " " + uri + ": it is larger than "
                + Math.max(1, maxBytes / (1024 * 1024)) + " MB (raise --max-input-size or --max-image-size)");
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    private static String oneLine(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.net.UnknownHostException || e.getCause() instanceof java.net.UnknownHostException) {
            return "no such host (check the address and the network)";
        }
        return m.lines().findFirst().orElse(m);
    }

    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        String t = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static String charset(String contentType) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)").matcher(contentType);
        return m.find() ? m.group(1) : null;
    }
}
