package org.accesspub.write.audio;

import static org.accesspub.testing.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.testing.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadingNumberCueTest {
    @TempDir
    Path tmp;

    @Test
    void aHeadingOrCaptionNumberIsOneCueWithItsText() throws Exception {
        Path in = Files.writeString(tmp.resolve("manual.md"),
                "# 手册\n\n## 3.1. 安装步骤\n\n表 3.1. 参数列表\n\n正文第一句。第二句。\n");
        CommandLine.Result r = run("convert", in.toString(), "-f", "audio", "-o", tmp.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<AudioFiles.Cue> cues = AudioFiles.readVttSentences(Files.readString(tmp.resolve("out/manual.vtt")));
        assertThat(cues).extracting(AudioFiles.Cue::text)
                .contains("3.1. 安装步骤", "表 3.1. 参数列表", "正文第一句。", "第二句。")
                .doesNotContain("3.1.", "表 3.1.");
    }
}
