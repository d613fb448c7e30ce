import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.model.Article;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;

/**
 * Times reading one Word or OpenDocument file in a running JVM: the first read (cold: classes load), then the
 * median of 10 more (after start-up). Run by scripts/bench-docx.sh with the jar on the class path.
 */
public class BenchDocx {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long t0 = System.nanoTime();
        Article a = Readers.read(file, ReadOptions.defaults());
        long cold = System.nanoTime() - t0;
        long[] warm = new long[10];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            a = Readers.read(file, ReadOptions.defaults());
            warm[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(warm);
        int words = a.allText().split("\\s+").length;
        System.out.printf("%s: %d KB, %d blocks, %d words; first read %.0f ms, then median %.0f ms (min %.0f, max %.0f)%n",
                file.getFileName(), Files.size(file) / 1024, a.blocks().size(), words, cold / 1e6, warm[5] / 1e6,
                warm[0] / 1e6, warm[9] / 1e6);
    }
}
