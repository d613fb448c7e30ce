package org.accesspub.speech;

import static org.accesspub.testing.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.testing.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeTtsQuietTest {
    @TempDir
    Path tmp;

    @Test
    void anEnglishAudioConversionWithFreeTtsPrintsNoDiphoneComplaints() throws Exception {
        // "Mbappe Ngorongoro" asks kevin16 for the diphone p-ng, which it lacks: FreeTTS 1.2.2 prints
        // "Can't find diphone p-ng" on the process's standard error and says another
        Path in = Files.writeString(tmp.resolve("places.md"),
                "# Places\n\nNguyen Dzhokhar Tbilisi Mbappe Ngorongoro Schwarzschild.\n");
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine.Result r;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            r = run("convert", in.toString(), "-f", "audio", "--engine", "freetts", "-o", tmp.resolve("out").toString());
        } finally {
            System.setErr(before);
        }
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(tmp.resolve("out/places.mp3"))).isGreaterThan(10_000);
        assertThat(err.toString(StandardCharsets.UTF_8) + r.err()).doesNotContain("diphone");
    }
}
