package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledDataTest {
    @TempDir
    Path cache;

    private Path folder(String name, Duration age) throws Exception {
        Path dir = Files.createDirectories(cache.resolve(name));
        Files.writeString(dir.resolve("data.bin"), "x");
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(age)));
        return dir;
    }

    @Test
    void aNewBuildsPackRemovesWhatOlderBuildsUnpackedOnceUntouchedForAWeek() throws Exception {
        Path current = folder("hanlp-1a2b-1896372", Duration.ZERO);
        Path old = folder("hanlp-bd74f33c-1916880", Duration.ofDays(30));
        Path recent = folder("hanlp-99aa-1916000", Duration.ofDays(1)); // an old build may still be running
        Path otherPack = folder("hanlp-extra-bd74f33c-1916880", Duration.ofDays(30));
        Path notOurs = folder("hanlp-notes", Duration.ofDays(30));

        BundledData.removeStale(cache, "hanlp-[0-9a-f]+-[0-9]+", current, Duration.ofDays(7));

        assertThat(old).doesNotExist();
        assertThat(current).exists();
        assertThat(recent).exists();
        assertThat(otherPack).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void anEntryThatWouldLeaveTheFolderIsRefused() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../escape.txt"));
            zip.write('x');
            zip.closeEntry();
        }
        Path into = Files.createDirectories(cache.resolve("into"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                BundledData.unzip(new java.io.ByteArrayInputStream(bytes.toByteArray()), into))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("bad entry");
        assertThat(cache.resolve("escape.txt")).doesNotExist();
    }
}
