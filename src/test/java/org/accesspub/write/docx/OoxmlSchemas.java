package org.accesspub.write.docx;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Validates the WordprocessingML parts of a DOCX against the complete ECMA-376 schemas of
 * poi-ooxml-full. Those schemas share class and resource names with the poi-ooxml-lite subset the
 * product uses, so they are loaded in a class loader of their own.
 */
final class OoxmlSchemas {
    private static final String MAIN = "org.openxmlformats.schemas.wordprocessingml.x2006.main.";
    /** Part name to the document type that parses it. */
    static final Map<String, String> PARTS = Map.of(
            "word/document.xml", "DocumentDocument", "word/styles.xml", "StylesDocument",
            "word/numbering.xml", "NumberingDocument", "word/settings.xml", "SettingsDocument",
            "word/footer1.xml", "FtrDocument", "word/fontTable.xml", "FontsDocument",
            "word/footnotes.xml", "FootnotesDocument");
    private static URLClassLoader loader;

    private OoxmlSchemas() {
    }

    /** Schema errors of every WordprocessingML part of the file, as "part: message". */
    static synchronized List<String> errors(Path docx) throws Exception {
        ClassLoader schemas = loader();
        Class<?> optionsClass = schemas.loadClass("org.apache.xmlbeans.XmlOptions");
        Class<?> xmlObject = schemas.loadClass("org.apache.xmlbeans.XmlObject");
        Method validate = xmlObject.getMethod("validate", optionsClass);
        List<String> errors = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (Map.Entry<String, String> part : PARTS.entrySet()) {
                ZipEntry entry = zip.getEntry(part.getKey());
                if (entry == null && part.getKey().equals("word/footnotes.xml")) {
                    continue; // only an article with notes has them
                }
                if (entry == null) {
                    errors.add(part.getKey() + ": missing");
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

    private static ClassLoader loader() throws Exception {
        if (loader == null) {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                String name = Path.of(entry).getFileName().toString();
                if (name.startsWith("poi-ooxml-full-") || name.startsWith("xmlbeans-")) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            if (urls.stream().noneMatch(u -> u.getPath().contains("poi-ooxml-full-"))) {
                throw new IllegalStateException("poi-ooxml-full is not on the test class path: " + Arrays.toString(urls.toArray()));
            }
            ClassLoader app = OoxmlSchemas.class.getClassLoader();
            // Logging is shared with the tests, so XmlBeans logs through the project's configuration.
            loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    return name.startsWith("org.apache.logging.") ? app.loadClass(name) : super.loadClass(name, resolve);
                }
            };
        }
        return loader;
    }
}
