package org.accesspub.write.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accesspub.PublishOptions;
import org.accesspub.speech.ScriptFixtures;
import org.accesspub.speech.SpokenScript;

/**
 * Not a test: times synthesis against encoding for a Chinese script of about 2000 characters (the fixture
 * repeated) and writes the result for listening. Run with
 * {@code mvn -q -o test-compile exec:java}-style classpaths, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.accesspub.write.audio.AudioBenchmark OUT.mp3}.
 */
public final class AudioBenchmark {
    public static void main(String[] args) throws Exception {
        SpokenScript base = ScriptFixtures.load("chinese-article.script");
        List<SpokenScript.Part> parts = new ArrayList<>();
        int chars = 0;
        while (chars < 2000) {
            for (SpokenScript.Part p : base.parts()) {
                parts.add(p);
                if (p instanceof SpokenScript.Utterance u) {
                    chars += u.spoken().length();
                }
            }
        }
        SpokenScript script = new SpokenScript("zh-CN", parts);
        AudioWriter writer = AudioWriter.builder().script(a -> script).options(PublishOptions.defaults()).build();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long[] synth = new long[runs];
        long[] enc = new long[runs];
        long[] wall = new long[runs];
        long[] synthCpu = new long[runs];
        long[] encCpu = new long[runs];
        AudioWriter.Rendered r = null;
        writer.render(script); // warm up the JIT and load the engines
        for (int i = 0; i < runs; i++) {
            r = writer.render(script);
            synth[i] = r.synthesisNanos() / 1_000_000;
            enc[i] = r.encodingNanos() / 1_000_000;
            wall[i] = r.wallNanos() / 1_000_000;
            synthCpu[i] = r.synthesisCpuNanos() / 1_000_000;
            encCpu[i] = r.encodingCpuNanos() / 1_000_000;
        }
        System.out.printf("script: %d characters spoken, audio %.1f s, MP3 %d bytes%n", chars,
                r.timeline().durationMs() / 1000.0, r.audio().length);
        System.out.printf("median of %d: synthesis %d ms, encoding %d ms, wall %d ms (sum %d ms)%n", runs,
                median(synth), median(enc), median(wall), median(synth) + median(enc));
        System.out.printf("median CPU time: synthesis thread %d ms, encoding thread %d ms%n", median(synthCpu), median(encCpu));
        if (args.length > 0) {
            byte[] tag = AudioWriter.tag(org.accesspub.testing.Prepared.of(new org.accesspub.model.Article(
                    new org.accesspub.model.Metadata("Benchmark", null, null, "2024-03-18", "accesspub", "zh-CN", null),
                    java.util.List.of())), script, r.timeline());
            byte[] all = new byte[tag.length + r.audio().length];
            System.arraycopy(tag, 0, all, 0, tag.length);
            System.arraycopy(r.audio(), 0, all, tag.length, r.audio().length);
            Files.write(Path.of(args[0]), all);
        }
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
