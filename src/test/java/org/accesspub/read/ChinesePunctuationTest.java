package org.accesspub.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChinesePunctuationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "3月16日,无锡高新区(新吴区)召开|3月16日，无锡高新区（新吴区）召开",
        "来源:无锡高新区在线|来源：无锡高新区在线",
        "真的吗?是的!|真的吗？是的！",
        "第一;第二|第一；第二",
        "时间08:57开始|时间08:57开始",
        "增长6.3%,超过预期|增长6.3%，超过预期",
        "见 https://example.org/a,b 页面|见 https://example.org/a,b 页面",
        "Hello, world (test)|Hello, world (test)",
        "“三大中心”;稳步推进|“三大中心”；稳步推进",
        "“6+2+X”现代产业集群|“6+2+X”现代产业集群",
    })
    void asciiMarksBetweenHanBecomeFullWidth(String in, String out) {
        assertThat(ChinesePunctuation.apply(in)).isEqualTo(out);
    }
}
