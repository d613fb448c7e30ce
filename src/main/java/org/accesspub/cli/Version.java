package org.accesspub.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so it is written in one place (pom.xml). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"accesspub " + (v == null ? "(development build)" : v)};
    }

    /**
     * The version and build, as recorded in each article's {@code .done}: the release and the SHA-256 of the
     * jar (builds are reproducible, so the same sources give the same jar); from classes, the release only.
     */
    static String build() {
        String v = Main.class.getPackage().getImplementationVersion();
        String release = v == null ? "development build" : v;
        try {
            java.nio.file.Path code = java.nio.file.Path.of(Main.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            if (java.nio.file.Files.isRegularFile(code)) {
                return release + "+" + org.accesspub.batch.Digests.of(code).substring(0, 16);
            }
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            // no jar to fingerprint: the release alone
        }
        return release;
    }
}
