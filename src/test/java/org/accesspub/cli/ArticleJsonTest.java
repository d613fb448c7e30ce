package org.accesspub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.accesspub.testing.BlockFixtures;
import org.junit.jupiter.api.Test;

/** inspect shows the newer blocks in the shapes the issue gives. */
class ArticleJsonTest {
    private final String json = ArticleJson.of(BlockFixtures.chineseManual());

    @Test
    void definitionsShowEachTermWithItsDefinition() {
        assertThat(json).contains("{\"type\": \"definitions\", \"items\": [{\"term\": \"备份\", \"definition\": "
                + "\"把文件复制到另一个地方保存，原来的文件坏了还能找回。\"}, {\"term\": \"cp\", \"definition\": "
                + "\"复制命令，例如 cp 照片.jpg /media/usb/。\"}]}");
    }

    @Test
    void lineBlocksShowTheirLines() {
        assertThat(json).contains("{\"type\": \"lines\", \"lines\": [\"阳光社区服务中心\", \"江苏省无锡市新吴区长江路 21 号\", \"邮编 214028\"]}");
    }

    @Test
    void codeShowsItsLanguage() {
        assertThat(json).contains("{\"type\": \"code\", \"language\": \"sh\", \"text\": \"ls -l /media/usb\\nfind ");
    }

    @Test
    void admonitionsShowTheirKindAndTitle() {
        assertThat(json).contains("{\"type\": \"admonition\", \"kind\": \"note\", \"title\": null, \"text\": \"U 盘要先插好",
                "{\"type\": \"admonition\", \"kind\": \"warning\", \"title\": \"不要拔掉 U 盘\", \"text\": ");
    }

    @Test
    void tablesShowTheirColumnAlignment() {
        assertThat(json).contains("{\"type\": \"table\", \"header\": true, \"align\": [\"left\", \"right\"], \"rows\": ");
    }
}
