package org.accesspub.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/accesspub.jar serve} from the packaged jar: what the shading and trimming kept serves a job. */
class ServePackagedIT {
    private static final Pattern ADDRESS = Pattern.compile("open http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    void thePackagedJarServesThePageAndAJob(@TempDir Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", Path.of("target", "accesspub.jar").toString(), "serve",
                "--port", "0", "--jobs", "1", "--jobs-dir", dir.resolve("jobs").toString()).redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", Path.of("target", "it-cache").toAbsolutePath().toString());
        Process server = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = ADDRESS.matcher(String.valueOf(line));
            assertThat(m.find()).as("first line: %s", line).isTrue();
            Web web = new Web(Integer.parseInt(m.group(1)));
            HttpResponse<String> home = web.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<form method=\"post\" action=\"/jobs\"");
            assertThat(web.get("/static/app.js").statusCode()).isEqualTo(200);
            String job = Web.job(web.upload(web.form("convert", List.of("pdf", "braille"), "text",
                    "Packaged\n\nThe packaged jar serves this job."), List.of()));
            assertThat(web.waitFinished(job, Duration.ofMinutes(3))).isEqualTo("done");
            assertThat(web.bytes(job + "/files/pasted-text.pdf").statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}
