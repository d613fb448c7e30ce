package org.accesspub.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Blocks;
import org.junit.jupiter.api.Test;

/** Page furniture is recognised only in what looks like furniture; prose is never dropped (issue 28). */
class PageFurnitureTest {
    private static List<String> paragraphs(String text) {
        Article a = new PlainTextReader().read(text);
        return a.blocks().stream().map(Blocks::plainText).toList();
    }

    @Test
    void proseStartingWithAFurnitureLabelIsKeptWhole() {
        String here = "You are here: " + "the council met on Monday and agreed the plan. ".repeat(50).strip();
        String zh = "当前位置：" + "今天市政府召开会议，讨论新图书馆的建设计划。".repeat(30);
        String share = "分享到：" + "我们的经验是，社区图书馆需要每个人的参与。".repeat(20);
        String shareEn = "Share this story with your neighbours: the library opens on Monday.";
        String print = "Print this page and bring it with you to the library on Monday to get a free card.";
        List<String> got = paragraphs("Title\n\n" + String.join("\n\n", here, zh, share, shareEn, print) + "\n");
        assertThat(got).containsExactly(here, zh, share, shareEn, print);
    }

    @Test
    void realFurnitureIsStillDropped() {
        List<String> got = paragraphs("""
                当前位置：首页 > 新闻中心 > 正文

                标题

                【打印本页】【关闭窗口】

                正文第一段。

                分享到：微信 微博 QQ空间

                Share this

                Print this page   Close window
                """);
        assertThat(got).containsExactly("正文第一段。");
    }
}
