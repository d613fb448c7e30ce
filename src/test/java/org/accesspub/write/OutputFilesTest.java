package org.accesspub.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesAppearOnlyOnCommitAndAreReadableByAll() throws IOException {
        try (OutputFiles out = new OutputFiles(dir, "article")) {
            try (OutputStream s = out.open("mp3")) {
                s.write(1);
            }
            try (OutputStream s = out.open("vtt")) {
                s.write(2);
            }
            assertThat(dir.resolve("article.mp3")).doesNotExist();
            assertThat(out.commit()).containsExactly(dir.resolve("article.mp3"), dir.resolve("article.vtt"));
        }
        assertThat(dir.resolve("article.mp3")).hasBinaryContent(new byte[] {1});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("article.vtt"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        try (OutputFiles out = new OutputFiles(dir, "article")) {
            try (OutputStream s = out.open("pdf")) {
                s.write(1);
            }
            // no commit: the writer failed
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aScratchFileIsNeverCommittedNorReportedAndIsGoneOnceTheFilesAreCommittedOrDiscarded() throws IOException {
        try (OutputFiles out = new OutputFiles(dir, "article")) {
            Path speech = out.scratch("speech.mp3");
            Files.write(speech, new byte[] {1, 2, 3});
            try (OutputStream s = out.open("daisy.zip")) {
                s.write(1);
            }
            assertThat(out.pendingByExtension()).containsOnlyKeys("daisy.zip");
            assertThat(out.commit()).containsExactly(dir.resolve("article.daisy.zip"));
            assertThat(speech).doesNotExist();
        }
        try (OutputFiles out = new OutputFiles(dir, "other")) {
            Path speech = out.scratch("speech.mp3");
            Files.write(speech, new byte[] {1});
            out.discard();
            assertThat(speech).doesNotExist();
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("article.daisy.zip"));
        }
    }
}
