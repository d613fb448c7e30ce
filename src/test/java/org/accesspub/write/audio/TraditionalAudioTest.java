package org.accesspub.write.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.accesspub.Publisher;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Traditional Chinese article is announced, transcribed and tagged in Traditional words. */
class TraditionalAudioTest {
    @TempDir
    Path dir;

    @Test
    void aTraditionalArticleSays來源And發佈時間InTheAudioTranscriptAndTag() throws Exception {
        Path input = Samples.fixture("prepare/notice-zh-hant.txt");
        Publisher publisher = Publisher.builder().build();
        publisher.write(publisher.read(input), input.getParent(), EnumSet.of(Format.AUDIO), dir, "hant");
        String vtt = Files.readString(dir.resolve("hant.vtt"), StandardCharsets.UTF_8);
        String said = AudioFiles.readVttSentences(vtt).stream().map(AudioFiles.Cue::text).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(said).contains("發佈時間：2024年5月20日 09:30，來源：社區事務處").contains("來源：社區事務處")
                .doesNotContain("发布时间").doesNotContain("来源");
        AudioFiles.Tag tag = AudioFiles.readId3(Files.readAllBytes(dir.resolve("hant.mp3")));
        assertThat(tag.texts()).containsEntry("TPE1", "社區事務處").containsEntry("TIT2", "長者數碼課程下月開課");
        // the comment is the description prepared once for every output: here the article's opening words
        String description = publisher.prepare(publisher.read(input), input.getParent()).info().description();
        assertThat(description).startsWith("社區事務處宣布");
        assertThat(tag.comment()).isEqualTo(description);
    }
}
