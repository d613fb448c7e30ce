package org.accesspub.verify;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.accesspub.UserCache;
import org.accesspub.prepare.check.Rule;
import org.accesspub.report.Validator;
import org.accesspub.write.Format;

/**
 * Validates the WordprocessingML parts of a DOCX against the complete ECMA-376 schemas (Transitional) of
 * poi-ooxml-full, through XMLBeans. Those schemas share class and resource names with the poi-ooxml-lite
 * subset the DOCX writer uses, so they are loaded in a class loader of their own: from the class path's
 * {@code poi-ooxml-full-*.jar} and {@code xmlbeans-*.jar} (the tests), else from the copies the verify jar
 * carries, unpacked once into the user cache.
 */
public final class DocxSchemaValidator implements Validator {
    private static final String MAIN = "org.openxmlformats.schemas.wordprocessingml.x2006.main.";
    private static final String LIB = "org/accesspub/verify/lib/";
    private static final String[] JARS = {"poi-ooxml-full.jar", "xmlbeans.jar"};
    /** Part name to the document type that parses it; the document itself must be there. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("word/document.xml", "DocumentDocument");
        PARTS.put("word/styles.xml", "StylesDocument");
        PARTS.put("word/numbering.xml", "NumberingDocument");
        PARTS.put("word/settings.xml", "SettingsDocument");
        PARTS.put("word/footer1.xml", "FtrDocument");
        PARTS.put("word/fontTable.xml", "FontsDocument");
        PARTS.put("word/footnotes.xml", "FootnotesDocument");
    }

    private static URLClassLoader loader;

    @Override
    public Rule rule() {
        return Rule.DOCX_SCHEMA;
    }

    @Override
    public boolean checks(Format format) {
        return format == Format.DOCX;
    }

    @Override
    public String tool() {
        return "ECMA-376 schemas (poi-ooxml-full 5.4.1, XMLBeans)";
    }

    @Override
    public List<String> failures(Path docx, String name) throws Exception {
        return errors(docx);
    }

    /**
     * Schema errors of every WordprocessingML part the file has, as "part: message"; a missing
     * {@code word/document.xml} is one.
     */
    public static synchronized List<String> errors(Path docx) throws Exception {
        ClassLoader schemas = loader();
        Class<?> optionsClass = schemas.loadClass("org.apache.xmlbeans.XmlOptions");
        Method validate = schemas.loadClass("org.apache.xmlbeans.XmlObject").getMethod("validate", optionsClass);
        List<String> errors = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (Map.Entry<String, String> part : PARTS.entrySet()) {
                ZipEntry entry = zip.getEntry(part.getKey());
                if (entry == null) {
                    if (part.getKey().equals("word/document.xml")) {
                        errors.add(part.getKey() + ": missing");
                    }
                    continue;
                }
                Object factory = schemas.loadClass(MAIN + part.getValue()).getField("Factory").get(null);
                Object xml;
                try (InputStream in = zip.getInputStream(entry)) {
                    xml = factory.getClass().getMethod("parse", InputStream.class).invoke(factory, in);
                }
                List<Object> found = new ArrayList<>();
                Object options = optionsClass.getConstructor().newInstance();
                optionsClass.getMethod("setErrorListener", Collection.class).invoke(options, found);
                validate.invoke(xml, options);
                found.forEach(e -> errors.add(part.getKey() + ": " + e));
            }
        }
        return errors;
    }

    private static ClassLoader loader() throws IOException {
        if (loader == null) {
            List<URL> urls = fromClassPath();
            if (urls.isEmpty()) {
                urls = unpacked();
            }
            ClassLoader app = DocxSchemaValidator.class.getClassLoader();
            // XMLBeans logs through Log4j's API, which the main jar carries
            loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    return name.startsWith("org.apache.logging.") ? app.loadClass(name) : super.loadClass(name, resolve);
                }
            };
        }
        return loader;
    }

    private static List<URL> fromClassPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).getFileName();
            String n = p == null ? "" : p.toString();
            if (n.startsWith("poi-ooxml-full-") || n.startsWith("xmlbeans-")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.stream().anyMatch(u -> u.getPath().contains("poi-ooxml-full-")) ? urls : List.of();
    }

    /** The verify jar's copies of the two jars, unpacked once into the user cache, named by their identity. */
    private static List<URL> unpacked() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String jar : JARS) {
            URL resource = DocxSchemaValidator.class.getClassLoader().getResource(LIB + jar);
            if (resource == null) {
                throw new IOException(LIB + jar + " is not on the class path: rebuild target/accesspub-verify.jar"
                        + " (mvn -f extras/verify/pom.xml package)");
            }
            Path target = UserCache.root().resolve("verify").resolve(UserCache.identity(resource) + "-" + jar);
            if (!Files.isRegularFile(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), jar, ".part");
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            urls.add(target.toUri().toURL());
        }
        return urls;
    }
}
