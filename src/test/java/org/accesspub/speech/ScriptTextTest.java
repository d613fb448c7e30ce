package org.accesspub.speech;

import org.accesspub.testing.Prepared;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Metadata;
import org.accesspub.speech.SpokenScript.Chapter;
import org.accesspub.speech.SpokenScript.Pause;
import org.accesspub.speech.SpokenScript.Utterance;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

class ScriptTextTest {

    @Test
    void chaptersPausesAndUtterancesTakeOneLineEachWithForeignPassagesMarked() {
        SpokenScript script = new SpokenScript("zh-CN", List.of(
                new Chapter("标题"),
                new Utterance("标题", "标题", "zh-CN"),
                new Pause(800),
                new Utterance("他说 ", "他说", "zh-CN"),
                new Utterance("Hello world", "Hello world", "en"),
                new Pause(1200)));
        assertThat(ScriptText.render(script)).isEqualTo("""
                == Chapter: 标题 ==
                标题
                [pause 0.8 s]
                他说
                [en] Hello world
                [pause 1.2 s]
                """);
    }

    @Test
    void englishScriptsAreNotMarkedLineByLine() {
        SpokenScript script = new SpokenScript("en-GB", List.of(new Utterance("Hi 2", "Hi two", "en")));
        assertThat(ScriptText.render(script)).isEqualTo("Hi two\n");
    }

    @Test
    void theSeedScriptShowsNumbersAsTheyWillBeRead() {
        String text = ScriptText.render(ScriptBuilder.builder().build().build(Prepared.of(Samples.read(Samples.SEED))));
        assertThat(text).startsWith("== Chapter: 无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议 ==\n")
                .contains("\n发布时间二零二四年三月十八日 八点五十七分，来源新吴区人民政府\n[pause 1.2 s]\n== Chapter: 3月16日，无锡高新区（新吴区）召开会议，传… ==\n三月十六日，")
                .contains("“六加二加X”")
                .endsWith("[pause 1.2 s]\n== Chapter: 来源：无锡高新区在线 ==\n来源：无锡高新区在线\n");
    }

    @Test
    void theUsersLexiconFromTheOptionsIsUsed() {
        Article a = new Article(Metadata.of("长沙新闻", "zh-CN"), List.of(Block.Paragraph.of("行长到长沙。")));
        SpeechOptions options = SpeechOptions.builder().lexicon(Samples.fixture("speech/lexicon-zh.txt")).build();
        assertThat(ScriptText.render(ScriptBuilder.forOptions(options).build(Prepared.of(a))))
                .isEqualTo("== Chapter: 长沙新闻 ==\n常沙新闻\n[pause 1.2 s]\n== Chapter: 行长到长沙。 ==\n航长到常沙。\n");
    }
}
