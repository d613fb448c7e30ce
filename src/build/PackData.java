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
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Build step (process-classes, exec-maven-plugin): packs the large data files the dependencies carry, and
 * Noto Sans SC from {@code fonts/}, into {@code target/classes/packed/NAME.zip.xz}, one xz stream over an
 * uncompressed zip, which the jar carries instead of the originals (the shade filters drop them). xz over the
 * whole set compresses far better than the jar's per-entry deflate: eSpeak NG's data 9.0 -> 6.7 MB, HanLP's
 * dictionaries 3.3 -> 1.9 MB, FreeTTS's kevin16 3.6 -> 3.1 MB. At run time {@code org.accesspub.BundledData}
 * unpacks a pack once into the user cache.
 *
 * <p>The output is byte-reproducible (sorted entries, fixed times, fixed xz settings) and is rewritten only when
 * the pom, this file or a font it reads is newer than it.
 *
 * <p>Usage: {@code java -cp <runtime classpath> src/build/PackData.java <classes dir> <pom.xml>}
 */
public final class PackData {
    /** Each pack: its name, then the classpath resources it holds; "zip:" takes the entries of a zip resource. */
    private static final Map<String, List<String>> PACKS = Map.of(
            // all of eSpeak NG's languages, voices and phoneme data (piper-jni's espeak-ng-data.zip)
            "espeak-ng-data", List.of("zip:espeak-ng-data.zip"),
            // libespeak-ng for each platform piper-jni builds it for; EspeakInstall unpacks the one it needs
            "espeak-ng-native", List.of(
                    "debian-amd64/libespeak-ng.so.1",
                    "debian-arm64/libespeak-ng.so.1",
                    "debian-armv7l/libespeak-ng.so.1",
                    "macos-amd64/libespeak-ng.1.dylib",
                    "macos-arm64/libespeak-ng.1.dylib",
                    "win-amd64/espeak-ng.dll"),
            // what segmentation without part-of-speech tags, person names and phrase pinyin open (HanLP 1.8.6);
            // ChineseWordsTest checks nothing else is asked for
            "hanlp", List.of(
                    "data/dictionary/CoreNatureDictionary.mini.txt.bin",
                    "data/dictionary/CoreNatureDictionary.ngram.mini.txt.table.bin",
                    "data/dictionary/other/CharType.bin",
                    "data/dictionary/person/nr.txt.bin",
                    "data/dictionary/person/nr.tr.txt",
                    "data/dictionary/pinyin/pinyin.txt.bin",
                    // Traditional to Simplified, for reading Traditional text (ChineseWords.simplifiedForReading)
                    "data/dictionary/tc/t2s.txt"),
            // Noto Sans SC: Regular as it is; Bold with its own glyphs for every character but the rare Han ones
            // (outside GB 2312 and Big5's common level), which take Regular's: packed together, those are copies
            // xz stores for almost nothing (CommonBold); and Noto Emoji's monochrome outlines (npm
            // @expo-google-fonts/noto-emoji 0.4.7, OFL), 0.9 MB for 1,207 emoji code points, one weight for both
            "noto-sans-sc", List.of("file:fonts/NotoSansSC-Regular.ttf", "file:fonts/NotoEmoji-Regular.ttf",
                    "commonbold:fonts/NotoSansSC-Bold.ttf,fonts/NotoSansSC-Regular.ttf"),
            // the braille tables BrailleTable names and the files they include
            "liblouis-tables", tables("zhcn-cbs.ctb", "zhcn-g1.ctb", "zh-tw.ctb", "zh-hk.ctb", "en-ueb-g2.ctb", "en-ueb-g1.ctb",
                    "hyph_en_US.dic", "braille-patterns.cti", "en-ueb-chardefs.uti", "en-ueb-math.ctb", "spaces.uti",
                    "latinLetterDef6Dots.uti", "latinUppercaseComp6.uti", "en-us-comp8.ctb", "loweredDigits6Dots.uti",
                    "latinLetterDef8Dots.uti", "IPA-unicode-range.uti"),
            // JNA's own library and liblouis for the platforms eSpeak NG is built for (BundledNatives)
            "natives", List.of(
                    "com/sun/jna/linux-x86-64/libjnidispatch.so",
                    "com/sun/jna/linux-aarch64/libjnidispatch.so",
                    "com/sun/jna/linux-arm/libjnidispatch.so",
                    "com/sun/jna/darwin-x86-64/libjnidispatch.jnilib",
                    "com/sun/jna/darwin-aarch64/libjnidispatch.jnilib",
                    "com/sun/jna/win32-x86-64/jnidispatch.dll",
                    "linux-x86-64/liblouis.so",
                    "darwin-x86-64/liblouis.dylib",
                    "darwin-aarch64/liblouis.dylib",
                    "win32-x86-64/liblouis.dll"),
            // the reading's own data (src/main/packed/readings): g2pM's polyphone model, converted once by
            // scripts/convert-g2pm.py, with its licence and notice
            "readings", List.of("file:src/main/packed/readings/g2pm.bin", "file:src/main/packed/readings/g2pm.txt",
                    "file:src/main/packed/readings/g2pm-LICENSE", "file:src/main/packed/readings/NOTICE",
                    // rare characters' readings from Unihan and emoji names from CLDR (scripts/readings-data.py)
                    "file:src/main/packed/readings/unihan-readings.txt", "file:src/main/packed/readings/unihan-LICENSE",
                    "file:src/main/packed/readings/emoji-names.txt", "file:src/main/packed/readings/cldr-LICENSE"),
            // the kevin16 diphone voice and the CMU lexicon it speaks with
            "freetts-kevin16", List.of(
                    "com/sun/speech/freetts/en/us/cmu_us_kal/cmu_us_kal16.bin",
                    "com/sun/speech/freetts/en/us/cmulex_compiled.bin",
                    "com/sun/speech/freetts/en/us/cmulex_lts.bin",
                    "com/sun/speech/freetts/en/us/cmulex_addenda.bin"));

    private static List<String> tables(String... names) {
        return java.util.Arrays.stream(names).map(n -> "org/liblouis/resource-files/tables/" + n).toList();
    }

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve("packed");
        Path pom = Path.of(args[1]);
        Path self = pom.toAbsolutePath().getParent().resolve("src/build/PackData.java");
        Files.createDirectories(out);
        ClassLoader loader = PackData.class.getClassLoader();
        // the packs in parallel: xz spends a few seconds a megabyte here
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        new TreeMap<>(PACKS).entrySet().parallelStream().forEach(pack -> {
            try {
                pack(pack.getKey(), pack.getValue(), out, pom, self, loader);
            } catch (IOException | RuntimeException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw new IOException("packing failed: " + failures.get(0), failures.get(0));
        }
    }

    private static void pack(String name, List<String> sources, Path out, Path pom, Path self, ClassLoader loader)
            throws IOException {
        long start = System.nanoTime();
        Path target = out.resolve(name + ".zip.xz");
        Path base = pom.toAbsolutePath().getParent();
        if (Files.isRegularFile(target) && newer(target, pom) && newer(target, self)
                && sources.stream().filter(src -> src.startsWith("file:") || src.startsWith("commonbold:"))
                        .flatMap(src -> List.of(src.substring(src.indexOf(':') + 1).split(",")).stream())
                        .allMatch(f -> newer(target, base.resolve(f)))) {
            return;
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String source : sources) {
            if (source.startsWith("zip:")) {
                try (ZipInputStream zip = new ZipInputStream(open(loader, source.substring(4)))) {
                    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                        if (!e.isDirectory()) {
                            files.put(e.getName(), zip.readAllBytes());
                        }
                    }
                }
            } else if (source.startsWith("file:")) {
                Path file = base.resolve(source.substring(5));
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            } else if (source.startsWith("commonbold:")) {
                String[] two = source.substring(11).split(",");
                Path bold = base.resolve(two[0]);
                TreeSet<Integer> lighter = new TreeSet<>();
                files.put(bold.getFileName().toString(),
                        CommonBold.merge(Files.readAllBytes(bold), Files.readAllBytes(base.resolve(two[1])), lighter));
                files.put(bold.getFileName() + ".lighter", CommonBold.ranges(lighter));
            } else {
                try (InputStream in = open(loader, source)) {
                    files.put(source, in.readAllBytes());
                }
            }
        }
        long size = files.values().stream().mapToLong(b -> b.length).sum();
        Path temp = Files.createTempFile(out, name, ".tmp");
        try (OutputStream xz = new XZOutputStream(Files.newOutputStream(temp), options(size))) {
            xz.write(storedZip(files));
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("packed %s: %d files, %d -> %d bytes (%.1f s)%n", target.getFileName(), files.size(),
                size, Files.size(target), (System.nanoTime() - start) / 1e9);
    }

    private static boolean newer(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        o.setNiceLen(32); // a quarter faster than 64 for 0.5 % more bytes
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
            for (var file : files.entrySet()) {
                byte[] b = file.getValue();
                ZipEntry e = new ZipEntry(file.getKey());
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

    /**
     * A bold TrueType font whose rare Han characters take the regular face's glyphs. Both faces must share their
     * glyph order and cmap (Noto Sans SC's do): the merged font is the bold one with the glyf, loca, hmtx and
     * vmtx entries of the chosen glyphs copied byte for byte from the regular one, and the bounds in head, hhea,
     * vhea and maxp widened to hold both. Every character keeps a glyph; one of the rare characters in bold text
     * is drawn with the regular design (the PDF strokes it, see {@link #ranges}). Kept bold: everything that is not Han, and the Han
     * characters of GB 2312 (6,763) and of Big5's common level (A440-C67E, 5,401): 11,800 of 30,900 glyphs.
     */
    static final class CommonBold {
        private static final java.nio.charset.CharsetEncoder GB2312 =
                java.nio.charset.Charset.forName("GB2312").newEncoder();
        private static final java.nio.charset.Charset BIG5 = java.nio.charset.Charset.forName("Big5");

        static boolean keepsBold(int cp) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return true;
            }
            String s = new String(Character.toChars(cp));
            if (GB2312.canEncode(s)) {
                return true;
            }
            if (!BIG5.newEncoder().canEncode(s)) {
                return false;
            }
            byte[] b = s.getBytes(BIG5);
            int code = b.length == 2 ? ((b[0] & 0xff) << 8) | (b[1] & 0xff) : 0;
            return code >= 0xA440 && code <= 0xC67E;
        }

        /**
         * The code points drawn with a borrowed regular glyph, as lines of hexadecimal ranges ({@code 3400-4DBF}):
         * the PDF writer strokes them to look bold ({@code FontFace.lighterAt}).
         */
        static byte[] ranges(TreeSet<Integer> cps) {
            StringBuilder out = new StringBuilder("# code points of this face drawn with Noto Sans SC Regular's glyphs\n");
            Integer start = null;
            Integer last = null;
            for (int cp : cps) {
                if (last != null && cp == last + 1) {
                    last = cp;
                    continue;
                }
                if (start != null) {
                    out.append(String.format("%04X-%04X\n", start, last));
                }
                start = cp;
                last = cp;
            }
            if (start != null) {
                out.append(String.format("%04X-%04X\n", start, last));
            }
            return out.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        static byte[] merge(byte[] boldBytes, byte[] regularBytes, TreeSet<Integer> lighter) throws IOException {
            Sfnt bold = new Sfnt(boldBytes);
            Sfnt regular = new Sfnt(regularBytes);
            int glyphs = bold.u16("maxp", 4);
            if (glyphs != regular.u16("maxp", 4) || bold.u16("head", 50) != 1 || regular.u16("head", 50) != 1
                    || !java.util.Arrays.equals(bold.table("cmap"), regular.table("cmap"))) {
                throw new IOException("the faces do not share glyph order, cmap and long loca: cannot merge");
            }
            // a glyph is borrowed when every character it draws is rare
            boolean[] fromRegular = new boolean[glyphs];
            boolean[] common = new boolean[glyphs];
            java.util.Map<Integer, Integer> cmap = bold.cmap();
            cmap.forEach((cp, g) -> {
                if (keepsBold(cp)) {
                    common[g] = true;
                }
            });
            int taken = 0;
            for (var e : cmap.entrySet()) {
                int g = e.getValue();
                if (!common[g] && g != 0) {
                    lighter.add(e.getKey());
                    if (!fromRegular[g]) {
                        fromRegular[g] = true;
                        taken++;
                    }
                }
            }
            // glyf and loca
            java.io.ByteArrayOutputStream glyf = new java.io.ByteArrayOutputStream();
            java.nio.ByteBuffer loca = java.nio.ByteBuffer.allocate((glyphs + 1) * 4);
            for (int g = 0; g < glyphs; g++) {
                Sfnt from = fromRegular[g] ? regular : bold;
                int start = from.u32("loca", g * 4);
                int end = from.u32("loca", g * 4 + 4);
                loca.putInt(glyf.size());
                glyf.write(from.table("glyf"), start, end - start);
                while (glyf.size() % 4 != 0) {
                    glyf.write(0);
                }
            }
            loca.putInt(glyf.size());
            // metrics: long entries below numberOf{H,V}Metrics, side bearings alone after
            byte[] hmtx = metrics(bold, regular, "hmtx", bold.u16("hhea", 34), fromRegular);
            byte[] vmtx = metrics(bold, regular, "vmtx", bold.u16("vhea", 34), fromRegular);
            // bounds of the union: xMin yMin xMax yMax in head; in hhea and vhea the largest advance, the
            // smallest side bearings, the largest extent; every maxp maximum
            byte[] head = widened(bold, regular, "head", new int[] {36, 38}, new int[] {40, 42});
            byte[] hhea = widened(bold, regular, "hhea", new int[] {12, 14}, new int[] {10, 16});
            byte[] vhea = widened(bold, regular, "vhea", new int[] {12, 14}, new int[] {10, 16});
            int[] maxima = java.util.stream.IntStream.iterate(6, off -> off + 2 <= bold.table("maxp").length,
                    off -> off + 2).toArray();
            byte[] maxp = widened(bold, regular, "maxp", new int[0], maxima);
            java.util.Map<String, byte[]> tables = new java.util.LinkedHashMap<>();
            for (String tag : bold.tags()) {
                tables.put(tag, switch (tag) {
                    case "glyf" -> glyf.toByteArray();
                    case "loca" -> loca.array();
                    case "hmtx" -> hmtx;
                    case "vmtx" -> vmtx;
                    case "head" -> head;
                    case "hhea" -> hhea;
                    case "vhea" -> vhea;
                    case "maxp" -> maxp;
                    default -> bold.table(tag);
                });
            }
            System.out.printf("commonbold: %d of %d glyphs from the regular face%n", taken, glyphs);
            return Sfnt.write(bold.u32at(0), tables);
        }

        private static byte[] metrics(Sfnt bold, Sfnt regular, String tag, int longCount, boolean[] fromRegular) {
            byte[] out = bold.table(tag).clone();
            byte[] reg = regular.table(tag);
            for (int g = 0; g < fromRegular.length; g++) {
                if (!fromRegular[g]) {
                    continue;
                }
                int off = g < longCount ? g * 4 : longCount * 4 + (g - longCount) * 2;
                int len = g < longCount ? 4 : 2;
                System.arraycopy(reg, off, out, off, len);
            }
            return out;
        }

        /** The bold face's table with its signed 16-bit fields at {@code mins}/{@code maxes} widened to the regular's. */
        private static byte[] widened(Sfnt bold, Sfnt regular, String tag, int[] mins, int[] maxes) {
            byte[] out = bold.table(tag).clone();
            byte[] other = regular.table(tag);
            for (int off : mins) {
                put16(out, off, Math.min(s16(out, off), s16(other, off)));
            }
            for (int off : maxes) {
                put16(out, off, Math.max(s16(out, off), s16(other, off)));
            }
            return out;
        }

        private static short s16(byte[] t, int off) {
            return (short) (((t[off] & 0xff) << 8) | (t[off + 1] & 0xff));
        }

        private static void put16(byte[] t, int off, int v) {
            t[off] = (byte) (v >> 8);
            t[off + 1] = (byte) v;
        }
    }

    /** An sfnt (TrueType) file's tables, and writing one back with fresh checksums. */
    static final class Sfnt {
        private final byte[] data;
        private final java.util.Map<String, byte[]> tables = new java.util.LinkedHashMap<>();

        Sfnt(byte[] data) {
            this.data = data;
            int n = u16at(4);
            java.util.List<int[]> records = new ArrayList<>();
            java.util.Map<Integer, String> tagAt = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                int rec = 12 + 16 * i;
                String tag = new String(data, rec, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                int offset = u32at(rec + 8);
                int length = u32at(rec + 12);
                records.add(new int[] {offset, length, i});
                tagAt.put(i, tag);
            }
            records.sort(java.util.Comparator.comparingInt(r -> r[0])); // keep the file's table order
            for (int[] r : records) {
                tables.put(tagAt.get(r[2]), java.util.Arrays.copyOfRange(data, r[0], r[0] + r[1]));
            }
        }

        java.util.Set<String> tags() {
            return tables.keySet();
        }

        byte[] table(String tag) {
            return tables.get(tag);
        }

        int u16(String tag, int off) {
            byte[] t = tables.get(tag);
            return ((t[off] & 0xff) << 8) | (t[off + 1] & 0xff);
        }

        int u32(String tag, int off) {
            byte[] t = tables.get(tag);
            return ((t[off] & 0xff) << 24) | ((t[off + 1] & 0xff) << 16) | ((t[off + 2] & 0xff) << 8) | (t[off + 3] & 0xff);
        }

        int u16at(int off) {
            return ((data[off] & 0xff) << 8) | (data[off + 1] & 0xff);
        }

        int u32at(int off) {
            return ((data[off] & 0xff) << 24) | ((data[off + 1] & 0xff) << 16) | ((data[off + 2] & 0xff) << 8)
                    | (data[off + 3] & 0xff);
        }

        /** Code point to glyph from the format 4 or 12 subtable of the cmap (the one Noto Sans SC maps all with). */
        java.util.Map<Integer, Integer> cmap() {
            byte[] t = tables.get("cmap");
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(t);
            int n = b.getShort(2) & 0xffff;
            java.util.Map<Integer, Integer> map = new java.util.TreeMap<>();
            for (int i = 0; i < n; i++) {
                int off = b.getInt(4 + 8 * i + 4);
                if ((b.getShort(off) & 0xffff) == 12) {
                    int groups = b.getInt(off + 12);
                    for (int k = 0; k < groups; k++) {
                        int g = off + 16 + 12 * k;
                        int start = b.getInt(g);
                        int end = b.getInt(g + 4);
                        int glyph = b.getInt(g + 8);
                        for (int cp = start; cp <= end; cp++) {
                            map.put(cp, glyph + cp - start);
                        }
                    }
                    return map;
                }
            }
            throw new IllegalStateException("no format 12 cmap");
        }

        static byte[] write(int sfntVersion, java.util.Map<String, byte[]> tables) {
            int n = tables.size();
            int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
            int searchRange = (1 << entrySelector) * 16;
            java.util.List<String> sortedTags = new ArrayList<>(tables.keySet());
            java.util.Collections.sort(sortedTags);
            int size = 12 + 16 * n;
            java.util.Map<String, Integer> offsets = new java.util.HashMap<>();
            for (var e : tables.entrySet()) {
                offsets.put(e.getKey(), size);
                size += (e.getValue().length + 3) & ~3;
            }
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size);
            out.putInt(sfntVersion).putShort((short) n).putShort((short) searchRange)
                    .putShort((short) entrySelector).putShort((short) (n * 16 - searchRange));
            byte[] head = tables.get("head");
            java.util.Arrays.fill(head, 8, 12, (byte) 0); // checkSumAdjustment, set below
            for (String tag : sortedTags) {
                byte[] t = tables.get(tag);
                out.put(tag.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putInt(checksum(t))
                        .putInt(offsets.get(tag)).putInt(t.length);
            }
            for (var e : tables.entrySet()) {
                out.position(offsets.get(e.getKey()));
                out.put(e.getValue());
            }
            byte[] file = out.array();
            int adjust = (int) (0xB1B0AFBAL - (checksum(file) & 0xffffffffL));
            java.nio.ByteBuffer.wrap(file).putInt(offsets.get("head") + 8, adjust);
            return file;
        }

        static int checksum(byte[] t) {
            long sum = 0;
            for (int i = 0; i < t.length; i += 4) {
                long word = 0;
                for (int k = 0; k < 4; k++) {
                    word = (word << 8) | (i + k < t.length ? t[i + k] & 0xff : 0);
                }
                sum += word;
            }
            return (int) sum;
        }
    }
}
