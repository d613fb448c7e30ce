import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Drops from the shaded jar the library classes that never load, as listed in {@code src/build/jar-classes.txt}
 * (run by the build after maven-shade-plugin; a single-file program for the JDK's source launcher, no dependencies).
 *
 * <pre>
 * java src/build/SlimJar.java JAR LIST [LOGDIR]     trim JAR in place; when LOGDIR holds class-load logs of the
 *                                                   tests, first fail if the tests load a class LIST drops
 * java src/build/SlimJar.java --reset LOGDIR        empty LOGDIR (made if missing) before the tests log into it
 * java src/build/SlimJar.java --update JAR LIST LOGDIR...
 *                                                   rewrite LIST's kept classes from class-load logs (JAR unslimmed)
 * </pre>
 *
 * LIST: {@code trim classes PREFIX} keeps a class under PREFIX only if listed ({@code a/b/C}); {@code trim packages
 * PREFIX} keeps a class under PREFIX only if its package is listed ({@code package a/b/}, that package alone, not
 * its subpackages); {@code ours PREFIX} names our code, for --update. Every other entry (our classes, untrimmed
 * libraries, every resource) is copied as it is, in the same order with the same time, method and extra fields,
 * so the jar stays byte-reproducible.
 */
public class SlimJar {
    private static final Pattern LOADED = Pattern.compile("(?:^|\\]\\s?)([^\\s\\[\\]]+) source: ");
    private static final Pattern VERSIONED = Pattern.compile("META-INF/versions/\\d+/");
    private static final Pattern DESCRIBED = Pattern.compile("L([^;<>()\\[]+);");
    /** An XMLBeans simple type of the OOXML and VML schemas: ST_Border is STBorder. */
    private static final Pattern SIMPLE_TYPE = Pattern.compile("/ST[A-Z][A-Za-z0-9]*$");

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--reset")) {
            reset(Path.of(args[1]));
        } else if (args.length >= 4 && args[0].equals("--update")) {
            List<Path> logDirs = Stream.of(args).skip(3).map(Path::of).toList();
            update(Path.of(args[1]), Path.of(args[2]), logDirs);
        } else if ((args.length == 2 || args.length == 3) && !args[0].startsWith("--")) {
            Path jar = Path.of(args[0]);
            Rules rules = Rules.read(Path.of(args[1]));
            if (args.length == 3 && !check(jar, rules, Path.of(args[2]), Path.of(args[1]))) {
                System.exit(1);
            }
            trim(jar, rules);
        } else {
            System.err.println("usage: SlimJar JAR LIST [LOGDIR] | --reset LOGDIR | --update JAR LIST LOGDIR...");
            System.exit(2);
        }
    }

    /** The trim prefixes and what is kept under them. */
    record Rules(List<String> header, Map<String, Boolean> prefixes, List<String> ours, Set<String> classes,
                 Set<String> packages) {
        static Rules read(Path list) throws IOException {
            Map<String, Boolean> prefixes = new TreeMap<>();
            List<String> ours = new ArrayList<>();
            Set<String> classes = new TreeSet<>();
            Set<String> packages = new TreeSet<>();
            List<String> all = Files.readAllLines(list, StandardCharsets.UTF_8);
            int lastTrim = -1;
            for (int n = 0; n < all.size(); n++) {
                String line = all.get(n).strip();
                String[] w = line.split("\\s+");
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                } else if (w[0].equals("trim") && w.length == 3 && (w[1].equals("classes") || w[1].equals("packages"))
                        && w[2].endsWith("/")) {
                    prefixes.put(w[2], w[1].equals("packages"));
                    lastTrim = n;
                } else if (w[0].equals("ours") && w.length == 2 && w[1].endsWith("/")) {
                    ours.add(w[1]);
                    lastTrim = n;
                } else if (w[0].equals("package") && w.length == 2 && w[1].endsWith("/")) {
                    packages.add(w[1]);
                } else if (w.length == 1 && !line.endsWith("/") && !line.endsWith(".class")) {
                    classes.add(line);
                } else {
                    throw new IllegalArgumentException(list + ":" + (n + 1) + ": not a class, package or trim line: "
                            + all.get(n));
                }
            }
            // the header: everything down to the last trim or ours line; what follows is --update's to rewrite
            return new Rules(List.copyOf(all.subList(0, lastTrim + 1)), prefixes, ours, classes, packages);
        }

        /** The longest trim prefix of a class name, or null when the class is not trimmed. */
        String prefix(String className) {
            String best = null;
            for (String p : prefixes.keySet()) {
                if (className.startsWith(p) && (best == null || p.length() > best.length())) {
                    best = p;
                }
            }
            return best;
        }

        boolean byPackage(String prefix) {
            return prefixes.get(prefix);
        }

        /** Whether the jar keeps a class ({@code a/b/C}). */
        boolean keeps(String className) {
            String p = prefix(className);
            if (p == null) {
                return true;
            }
            return byPackage(p) ? packages.contains(packageOf(className)) : classes.contains(className);
        }
    }

    static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('/') + 1);
    }

    /** The class an entry holds ({@code a/b/C}, a multi-release copy counting as its base class), or null. */
    static String classOf(String entry) {
        if (!entry.endsWith(".class")) {
            return null;
        }
        Matcher m = VERSIONED.matcher(entry);
        String base = m.lookingAt() ? entry.substring(m.end()) : entry;
        return base.substring(0, base.length() - ".class".length());
    }

    static void trim(Path jar, Rules rules) throws IOException {
        long before = Files.size(jar);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".slim.tmp");
        int dropped = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            if (in.getComment() != null) {
                out.setComment(in.getComment());
            }
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String cls = classOf(e.getName());
                if (cls != null && !rules.keeps(cls)) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(e);
                if (copy.getMethod() == ZipEntry.DEFLATED) {
                    // recompressed here: let ZipOutputStream write the compressed size it gets
                    copy.setCompressedSize(-1);
                } else {
                    copy.setCompressedSize(e.getSize());
                }
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        long after = Files.size(tmp);
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("accesspub: %s: dropped %d unused library classes, %,d -> %,d bytes%n",
                jar.getFileName(), dropped, before, after);
    }

    /** Whether every class the tests loaded that the jar holds is kept; prints the failure line if not. */
    static boolean check(Path jar, Rules rules, Path logDir, Path list) throws IOException {
        Set<String> loaded = loaded(List.of(logDir));
        if (loaded.isEmpty()) {
            return true; // no logs (-DskipTests): nothing to check
        }
        Set<String> inJar = classesIn(jar);
        List<String> missing = loaded.stream().filter(inJar::contains).filter(c -> !rules.keeps(c)).toList();
        if (missing.isEmpty()) {
            return true;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = list.toAbsolutePath().startsWith(cwd) ? cwd.relativize(list.toAbsolutePath()) : list;
        System.err.printf("accesspub: %d classes the tests load are not in %s (e.g. %s); run scripts/trace-classes.sh%n",
                missing.size(), shown, missing.get(0));
        return false;
    }

    /** Class names ({@code a/b/C}) in the class-load logs ({@code -Xlog:class+load=info:file=DIR/%p.log}) of DIRS. */
    static Set<String> loaded(List<Path> dirs) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> logs;
            try (Stream<Path> s = Files.list(dir)) {
                logs = s.filter(p -> p.getFileName().toString().contains(".log")).sorted().toList();
            }
            for (Path log : logs) {
                try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
                    lines.forEach(line -> {
                        Matcher m = LOADED.matcher(line);
                        // hidden classes (lambdas) are named a.B$$Lambda$1/0x…: never an entry of the jar
                        if (m.find() && m.group(1).indexOf('/') < 0) {
                            names.add(m.group(1).replace('.', '/'));
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        return names;
    }

    static Set<String> classesIn(Path jar) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return classesIn(z);
        }
    }

    static Set<String> classesIn(ZipFile z) {
        Set<String> classes = new TreeSet<>();
        z.stream().map(e -> classOf(e.getName())).filter(c -> c != null).forEach(classes::add);
        return classes;
    }

    static void reset(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Rewrites LIST: its header and trim lines, then what the logs show loaded from the (unslimmed) jar, and what
     * the classes under an {@code ours} prefix name (a branch of our code no input took). Under a {@code trim
     * packages} prefix it also keeps every package that a kept package refers to, transitively: the branches the
     * trace did not take (an error message, a codec, a font format) stay whole, and every kept class links.
     */
    static void update(Path jar, Path list, List<Path> logDirs) throws IOException {
        Rules rules = Rules.read(list);
        Set<String> loaded = loaded(logDirs);
        if (loaded.isEmpty()) {
            throw new IOException("no class-load logs in " + logDirs);
        }
        Kept kept;
        try (ZipFile z = new ZipFile(jar.toFile())) {
            kept = new Kept(rules, z);
            for (String c : loaded) {
                kept.loaded(c);
            }
            // what our code names under a trim prefix stays though no trace loaded it (a branch no input took)
            for (String c : kept.inJar) {
                if (rules.ours().stream().anyMatch(c::startsWith)) {
                    for (String r : references(z, c)) {
                        kept.named(r);
                    }
                }
            }
            // XMLBeans makes an element of a schema type through its implementation (impl/…Impl) and loads the simple
            // type (ST…) of an attribute when a value is set: a kept class keeps both, though no trace made them
            Set<String> classes = new TreeSet<>(kept.classes);
            classes.addAll(kept.named);
            for (String c : classes) {
                kept.named(implOf(c));
                for (String t : references(z, c)) {
                    if (SIMPLE_TYPE.matcher(t).find()) {
                        kept.named(t);
                        kept.named(implOf(t));
                    }
                }
            }
            kept.close();
        }
        Set<String> allClasses = new TreeSet<>(kept.classes);
        allClasses.addAll(kept.named);
        Set<String> allPackages = new TreeSet<>(kept.packages);
        allPackages.addAll(kept.referenced);
        Rules updated = new Rules(rules.header(), rules.prefixes(), rules.ours(), allClasses, allPackages);
        long trimmed = kept.inJar.stream().filter(c -> rules.prefix(c) != null).count();
        long keeps = kept.inJar.stream().filter(c -> rules.prefix(c) != null).filter(updated::keeps).count();
        List<String> lines = new ArrayList<>(rules.header());
        lines.add("");
        lines.add("# packages a class was loaded from");
        kept.packages.forEach(p -> lines.add("package " + p));
        lines.add("# packages only named: by our code or a kept package, directly or through another such package");
        kept.referenced.forEach(p -> lines.add("package " + p));
        lines.add("# classes loaded");
        lines.addAll(kept.classes);
        lines.add("# classes not loaded: what our code names; the XMLBeans implementation of every kept schema type and"
                + " the simple types those name; what these extend or implement");
        lines.addAll(kept.named);
        Path tmp = list.resolveSibling(list.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.move(tmp, list, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("accesspub: %s: %d packages loaded, %d named; %d classes loaded, %d named; the jar keeps %d"
                + " of its %d classes under the trim prefixes%n", list, kept.packages.size(), kept.referenced.size(),
                kept.classes.size(), kept.named.size(), keeps, trimmed);
    }

    /** What --update keeps of the jar's classes under the trim prefixes. */
    static final class Kept {
        final Rules rules;
        final ZipFile z;
        final Set<String> inJar;
        final Map<String, List<String>> byPackage = new TreeMap<>();
        final Set<String> classes = new TreeSet<>(); // loaded, under a class-level prefix
        final Set<String> named = new TreeSet<>(); // not loaded, under a class-level prefix
        final Set<String> packages = new TreeSet<>(); // loaded from, under a package-level prefix
        final Set<String> referenced = new TreeSet<>(); // not loaded from, under a package-level prefix
        private final List<String> work = new ArrayList<>(); // classes of kept packages, their names not yet kept

        Kept(Rules rules, ZipFile z) {
            this.rules = rules;
            this.z = z;
            this.inJar = classesIn(z);
            for (String c : inJar) {
                byPackage.computeIfAbsent(packageOf(c), k -> new ArrayList<>()).add(c);
            }
        }

        void loaded(String c) {
            String p = rules.prefix(c);
            if (p != null && inJar.contains(c)) {
                if (!rules.byPackage(p)) {
                    classes.add(c);
                } else if (packages.add(packageOf(c))) {
                    referenced.remove(packageOf(c));
                    work.addAll(byPackage.get(packageOf(c)));
                }
            }
        }

        /** Keeps a class no trace loaded, or its package, and what it extends or implements, or it would not load. */
        void named(String c) throws IOException {
            String p = rules.prefix(c);
            if (p == null || !inJar.contains(c)) {
                return;
            }
            if (rules.byPackage(p)) {
                if (!packages.contains(packageOf(c)) && referenced.add(packageOf(c))) {
                    work.addAll(byPackage.get(packageOf(c)));
                }
            } else if (!classes.contains(c) && named.add(c)) {
                for (String t : names(z, c).supertypes()) {
                    named(t);
                }
            }
        }

        /** Every class of a kept package, and of every package those name, links: nothing it names is gone. */
        void close() throws IOException {
            while (!work.isEmpty()) {
                for (String r : references(z, work.remove(work.size() - 1))) {
                    String p = rules.prefix(r);
                    if (p != null && rules.byPackage(p)) {
                        named(r);
                    }
                }
            }
        }
    }

    /** The class XMLBeans generates to implement a schema type: a/b/CTFoo$Bar -> a/b/impl/CTFooImpl$BarImpl. */
    static String implOf(String type) {
        int slash = type.lastIndexOf('/');
        return type.substring(0, slash + 1) + "impl/" + type.substring(slash + 1).replace("$", "Impl$") + "Impl";
    }

    /** What a class file names in its constant pool (its supertypes, what it creates, calls, casts, catches). */
    record Names(Set<String> all, List<String> supertypes) {
    }

    static Set<String> references(ZipFile z, String className) throws IOException {
        return names(z, className).all();
    }

    static Names names(ZipFile z, String className) throws IOException {
        ZipEntry e = z.getEntry(className + ".class");
        if (e == null) {
            return new Names(Set.of(), List.of()); // only a multi-release copy: its base class names the same
        }
        DataInputStream in;
        try (InputStream s = z.getInputStream(e)) {
            in = new DataInputStream(new ByteArrayInputStream(s.readAllBytes()));
        }
        in.skipBytes(8); // magic, minor, major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException(className + ": unknown constant pool tag " + tag);
            }
        }
        Set<String> all = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] > 0) {
                String name = utf8[classNameIndex[i]];
                int dims = 0;
                while (name.charAt(dims) == '[') {
                    dims++;
                }
                name = name.substring(dims);
                all.add(dims > 0 && name.startsWith("L") ? name.substring(1, name.length() - 1) : name);
            }
        }
        // and the types in field and method descriptors (parameters, return values)
        for (String s : utf8) {
            if (s != null && s.indexOf(';') > 0) {
                Matcher m = DESCRIBED.matcher(s);
                while (m.find()) {
                    all.add(m.group(1));
                }
            }
        }
        in.skipBytes(4); // access flags, this class
        List<String> supertypes = new ArrayList<>();
        int superClass = in.readUnsignedShort();
        if (superClass > 0) {
            supertypes.add(utf8[classNameIndex[superClass]]);
        }
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            supertypes.add(utf8[classNameIndex[in.readUnsignedShort()]]);
        }
        return new Names(all, supertypes);
    }
}
