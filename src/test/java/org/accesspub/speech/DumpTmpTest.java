package org.accesspub.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

class DumpTmpTest {
    @Test
    void dump() throws Exception {
        for (String s : Samples.ALL) {
            SpokenScript script = ScriptBuilder.builder().build().build(Samples.read(s));
            Files.writeString(Path.of("target", s + ".speech.txt"), ScriptText.render(script));
            StringBuilder sb = new StringBuilder();
            for (SpokenScript.Part p : script.parts()) sb.append(p).append('\n');
            Files.writeString(Path.of("target", s + ".parts.txt"), sb);
        }
    }
}
