import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Build step (process-classes, exec-maven-plugin): packs the large data files the dependencies carry into
 * {@code target/classes/packed/NAME.zip.xz}, one xz stream over an uncompressed zip, which the jar carries
 * instead of the originals (the shade filters drop them). xz over the whole set compresses far better than the
 * jar's per-entry deflate: eSpeak NG's data 9.0 -> 6.7 MB, HanLP's dictionaries 3.3 -> 2.3 MB, FreeTTS's
 * kevin16 3.6 -> 3.1 MB. At run time {@code org.accesspub.BundledData} unpacks a pack once into the user cache.
 *
 * <p>The output is byte-reproducible (sorted entries, fixed times, fixed xz settings) and is rewritten only when
 * the pom or this file is newer than it.
 *
 * <p>Usage: {@code java -cp <runtime classpath> src/build/PackData.java <classes dir> <pom.xml>}
 */
public final class PackData {
    /** Each pack: its name, then the classpath resources it holds; "zip:" takes the entries of a zip resource. */
    private static final Map<String, List<String>> PACKS = Map.of(
            // all of eSpeak NG's languages, voices and phoneme data (piper-jni's espeak-ng-data.zip)
            "espeak-ng-data", List.of("zip:espeak-ng-data.zip"),
            // what segmentation without part-of-speech tags, person names and phrase pinyin open (HanLP 1.8.6);
            // ChineseWordsTest checks nothing else is asked for
            "hanlp", List.of(
                    "data/dictionary/CoreNatureDictionary.mini.txt.bin",
                    "data/dictionary/CoreNatureDictionary.ngram.mini.txt.table.bin",
                    "data/dictionary/other/CharType.bin",
                    "data/dictionary/person/nr.txt.bin",
                    "data/dictionary/person/nr.tr.txt",
                    "data/dictionary/pinyin/pinyin.txt.bin"),
            // the kevin16 diphone voice and the CMU lexicon it speaks with
            "freetts-kevin16", List.of(
                    "com/sun/speech/freetts/en/us/cmu_us_kal/cmu_us_kal16.bin",
                    "com/sun/speech/freetts/en/us/cmulex_compiled.bin",
                    "com/sun/speech/freetts/en/us/cmulex_lts.bin",
                    "com/sun/speech/freetts/en/us/cmulex_addenda.bin"));

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve("packed");
        Path pom = Path.of(args[1]);
        Path self = pom.toAbsolutePath().getParent().resolve("src/build/PackData.java");
        Files.createDirectories(out);
        ClassLoader loader = PackData.class.getClassLoader();
        for (var pack : new TreeMap<>(PACKS).entrySet()) {
            Path target = out.resolve(pack.getKey() + ".zip.xz");
            if (Files.isRegularFile(target) && newer(target, pom) && newer(target, self)) {
                continue;
            }
            TreeMap<String, byte[]> files = new TreeMap<>();
            for (String source : pack.getValue()) {
                if (source.startsWith("zip:")) {
                    try (ZipInputStream zip = new ZipInputStream(open(loader, source.substring(4)))) {
                        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                            if (!e.isDirectory()) {
                                files.put(e.getName(), zip.readAllBytes());
                            }
                        }
                    }
                } else {
                    try (InputStream in = open(loader, source)) {
                        files.put(source, in.readAllBytes());
                    }
                }
            }
            long size = files.values().stream().mapToLong(b -> b.length).sum();
            Path temp = Files.createTempFile(out, pack.getKey(), ".tmp");
            try (OutputStream xz = new XZOutputStream(Files.newOutputStream(temp), options(size))) {
                xz.write(storedZip(files));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("packed %s: %d files, %d -> %d bytes%n", target.getFileName(), files.size(), size,
                    Files.size(target));
        }
    }

    private static boolean newer(Path a, Path b) throws IOException {
        return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no resource " + resource + " on the classpath: did a dependency change?");
        }
        return in;
    }

    /** Preset 9, its dictionary no larger than the data (the unpacking side allocates the dictionary). */
    private static LZMA2Options options(long size) throws IOException {
        LZMA2Options o = new LZMA2Options(9);
        int dict = LZMA2Options.DICT_SIZE_MIN;
        while (dict < size && dict < (64 << 20)) {
            dict <<= 1;
        }
        o.setDictSize(dict);
        return o;
    }

    private static byte[] storedZip(TreeMap<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            List<String> names = new ArrayList<>(files.keySet());
            for (String name : names) {
                byte[] b = files.get(name);
                ZipEntry e = new ZipEntry(name);
                CRC32 crc = new CRC32();
                crc.update(b);
                e.setMethod(ZipEntry.STORED);
                e.setSize(b.length);
                e.setCompressedSize(b.length);
                e.setCrc(crc.getValue());
                e.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(e);
                zip.write(b);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
