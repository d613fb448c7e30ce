package org.accesspub.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.accesspub.AccesspubException;
import org.accesspub.read.ReadOptions;
import org.accesspub.serve.ServeOptions;
import org.accesspub.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code accesspub serve}: the web page for editors, over the same {@code Publisher} as {@code convert}. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Start a web page where editors upload or paste an article and download its accessible files.",
        footerHeading = "%nExamples:%n",
        footer = {"  accesspub serve",
                "  accesspub serve --port 9000 --jobs 2 --keep 48h",
                "  ACCESSPUB_TOKEN=s3cret accesspub serve --bind 0.0.0.0"})
final class ServeCommand implements Callable<Integer> {
    /** The access key's environment variable: keeps it out of the process list. */
    static final String TOKEN_VARIABLE = "ACCESSPUB_TOKEN";

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind = "127.0.0.1";

    @Option(names = "--token", paramLabel = "SECRET",
            description = "Access key asked for on a sign-in page; required with a --bind other than loopback (or set " + TOKEN_VARIABLE + ").")
    String token;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Articles converted at once; the rest wait in a queue (default: ${DEFAULT-VALUE}).")
    int jobs = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    @Option(names = "--keep", paramLabel = "DURATION", description = "How long finished jobs stay downloadable: 30m, 24h, 7d (default: ${DEFAULT-VALUE}).")
    String keep = "24h";

    @Option(names = "--jobs-dir", paramLabel = "DIR", description = "Where jobs and their files are kept (default: ${DEFAULT-VALUE}).")
    Path jobsDir = Path.of("accesspub-jobs");

    @Option(names = "--max-upload", paramLabel = "MB", description = "The most one job may upload (default: ${DEFAULT-VALUE} MB; at most the convert limit of "
            + ReadOptions.DEFAULT_MAX_INPUT_MB + " MB).")
    long maxUploadMb = 16;

    @Option(names = "--client-jobs", paramLabel = "N", description = "Jobs one client may have waiting or running (default: ${DEFAULT-VALUE}).")
    int clientJobs = 4;

    @Option(names = "--client-upload", paramLabel = "MB", description = "The most one client's unfinished jobs may hold (default: ${DEFAULT-VALUE} MB).")
    long clientUploadMb = 48;

    @Option(names = "--article-timeout", paramLabel = "DURATION", description = "A job taking longer is stopped and fails (default: ${DEFAULT-VALUE}).")
    String articleTimeout = "30m";

    @Option(names = "--debug", description = "Show the stack trace of an unexpected failure.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String key = token != null ? token : System.getenv(TOKEN_VARIABLE);
        if (key != null && key.isBlank()) {
            throw AccesspubException.badUsage("--token is empty: give an access key of at least 8 characters");
        }
        if (key != null && key.length() < 8) {
            throw AccesspubException.badUsage("--token is too short: give an access key of at least 8 characters");
        }
        if (!loopback(bind) && key == null) {
            throw AccesspubException.badUsage("--bind " + bind + " lets other computers in: give --token SECRET (or "
                    + TOKEN_VARIABLE + ") so only people with the key can use it, or leave --bind at 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw AccesspubException.badUsage("--port " + port + " is out of range: 0 to 65535");
        }
        if (jobs < 1 || jobs > 64) {
            throw AccesspubException.badUsage("--jobs " + jobs + " is out of range: 1 to 64");
        }
        if (maxUploadMb < 1 || maxUploadMb > ReadOptions.DEFAULT_MAX_INPUT_MB) {
            throw AccesspubException.badUsage("--max-upload " + maxUploadMb + " is out of range: 1 to "
                    + ReadOptions.DEFAULT_MAX_INPUT_MB + " MB");
        }
        if (clientJobs < 1 || clientUploadMb < maxUploadMb) {
            throw AccesspubException.badUsage("--client-jobs must be at least 1 and --client-upload at least --max-upload");
        }
        ServeOptions options = new ServeOptions(bind, port, key, jobs, duration("--keep", keep), jobsDir.toAbsolutePath(),
                maxUploadMb * 1024 * 1024, clientJobs, clientUploadMb * 1024 * 1024,
                duration("--article-timeout", articleTimeout), Duration.ofSeconds(30), debug);
        Server server;
        try {
            server = Server.start(options);
        } catch (RuntimeException e) {
            if (e instanceof AccesspubException) {
                throw e;
            }
            throw AccesspubException.cannotWrite("cannot listen on " + bind + ":" + port + ": "
                    + org.accesspub.Failures.describe(e.getCause() != null ? e.getCause() : e), e);
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        spec.commandLine().getOut().println("accesspub serve: open http://" + host + ":" + server.port()
                + "/ in a browser (jobs in " + options.jobsDir() + "; Ctrl+C stops)");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw AccesspubException.badUsage("--bind " + address + " is not an address of this computer");
        }
    }

    /** {@code 90s}, {@code 30m}, {@code 24h}, {@code 7d}, or an ISO-8601 duration. */
    static Duration duration(String option, String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (s.matches("\\d{1,6}[smhd]")) {
                long n = Long.parseLong(s.substring(0, s.length() - 1));
                return switch (s.charAt(s.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            Duration d = Duration.parse(text.strip().toUpperCase(java.util.Locale.ROOT));
            if (!d.isNegative()) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // below
        }
        throw AccesspubException.badUsage(option + " " + text + " is not a duration: write 30m, 24h or 7d");
    }
}
