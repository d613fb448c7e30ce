import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.speech.EspeakEngine;
import org.accesspub.speech.PiperEngine;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.speech.SpokenScript;
import org.accesspub.speech.VoiceModel;

/**
 * How fast a Piper voice model speaks the seed's Mandarin sentences on THREADS threads with as many voice
 * instances, synthesis alone (no levelling, no encoding); run by scripts/bench-voice.sh:
 *   java -cp target/accesspub.jar:target/accesspub-voice.jar scripts/VoiceThroughput.java MODEL ARTICLE THREADS
 * Prints wall time, the process's CPU time (onnxruntime's own threads included), the seconds of sound made and
 * the real-time factor (wall / sound). Each run is a new JVM; the first pass warms up and is not counted.
 */
public class VoiceThroughput {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[2]);
        System.setProperty("accesspub.piper.lanes", String.valueOf(threads));
        PiperEngine piper = PiperEngine.load(List.of(VoiceModel.parse("zh=" + args[0], null)), () -> EspeakEngine.load(null));
        SpokenScript script = ScriptBuilder.builder().build().build(Readers.read(Path.of(args[1]), ReadOptions.defaults()));
        List<String> sentences = new ArrayList<>();
        for (SpokenScript.Part p : script.parts()) {
            if (p instanceof SpokenScript.Utterance u && u.language().startsWith("zh") && !u.spoken().isBlank()) {
                sentences.add(u.spoken());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        speak(piper, sentences, pool); // warm-up
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long samples = speak(piper, sentences, pool);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double sound = samples / 22050.0;
        System.out.printf(java.util.Locale.ROOT, "threads %d: %d sentences, wall %.2f s, cpu %.2f s, sound %.0f s, real-time factor %.4f%n",
                threads, sentences.size(), wall, cpu, sound, wall / sound);
        pool.shutdown();
    }

    private static long speak(PiperEngine piper, List<String> sentences, ExecutorService pool) throws Exception {
        List<Future<Integer>> said = new ArrayList<>();
        for (String s : sentences) {
            said.add(pool.submit(() -> piper.synthesise(s, "zh-CN", null, 220).length()));
        }
        long total = 0;
        for (Future<Integer> f : said) {
            total += f.get();
        }
        return total;
    }
}
