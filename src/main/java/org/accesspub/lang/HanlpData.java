package org.accesspub.lang;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IIOAdapter;
import com.hankcs.hanlp.corpus.io.ResourceIOAdapter;
import com.hankcs.hanlp.utility.Predefine;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.accesspub.BundledData;

/**
 * Where HanLP reads its dictionaries: from the {@code hanlp} pack the jar carries ({@link BundledData}), which
 * holds only what segmentation and pinyin open, else from HanLP's own jar. HanLP builds its user dictionary
 * even when segmentation is told not to use it (3.2 MB, a fifth of a second); it gets an empty one instead.
 * HanLP writes nothing (it would cache compiled dictionaries), and its log stays quiet: what goes wrong
 * surfaces as an exception from the call that needed the data.
 */
final class HanlpData implements IIOAdapter {
    private static final String EMPTY_USER_DICTIONARY = "data/dictionary/custom/accesspub-none.txt";
    private static boolean installed;

    private final Path dir;
    private final IIOAdapter fallback;
    /** Every file asked for, as HanLP named it (ChineseWordsTest checks the pack holds what is asked for). */
    final Set<String> opened = ConcurrentHashMap.newKeySet();

    private HanlpData(Path dir, IIOAdapter fallback) {
        this.dir = dir;
        this.fallback = fallback;
    }

    /** Points HanLP at the data; call before HanLP's first use. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        Predefine.logger.setLevel(Level.OFF);
        HanLP.Config.CustomDictionaryPath = new String[] {EMPTY_USER_DICTIONARY};
        IIOAdapter own = HanLP.Config.IOAdapter != null ? HanLP.Config.IOAdapter : new ResourceIOAdapter();
        HanLP.Config.IOAdapter = new HanlpData(BundledData.unpacked("hanlp"), own);
        installed = true;
    }

    /** The adapter in use, or null before {@link #install()}. */
    static HanlpData current() {
        return HanLP.Config.IOAdapter instanceof HanlpData h ? h : null;
    }

    /** Whether the data comes from the jar's pack rather than HanLP's own resources. */
    boolean packed() {
        return dir != null;
    }

    @Override
    public InputStream open(String path) throws IOException {
        opened.add(path);
        if (path.equals(EMPTY_USER_DICTIONARY)) {
            return new ByteArrayInputStream("未##它 n 1\n".getBytes(StandardCharsets.UTF_8));
        }
        if (path.startsWith(EMPTY_USER_DICTIONARY)) {
            throw new FileNotFoundException(path); // its compiled form: HanLP then reads the text above
        }
        if (dir != null) {
            Path file = dir.resolve(path).normalize();
            if (file.startsWith(dir) && Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
            throw new FileNotFoundException(path + " is not in the jar's HanLP data (src/build/PackData.java)");
        }
        return fallback.open(path);
    }

    @Override
    public OutputStream create(String path) {
        return OutputStream.nullOutputStream();
    }
}
