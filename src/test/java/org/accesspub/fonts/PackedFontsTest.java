package org.accesspub.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.accesspub.UserCache;
import org.junit.jupiter.api.Test;

class PackedFontsTest {
    @Test
    void thePackedNotoSansScIsTheFontShippedInFontsByteForByte() throws Exception {
        for (String face : new String[] {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"}) {
            java.nio.ByteBuffer read = PackedFonts.read("/fonts/" + face);
            byte[] bytes = new byte[read.remaining()];
            read.get(bytes);
            assertThat(bytes).as(face + " (run scripts/pack-fonts.sh)").isEqualTo(Files.readAllBytes(Path.of("fonts", face)));
        }
    }

    @Test
    void theJarCarriesItPackedOnlyAndItIsUnpackedOnceIntoTheUsersCache() throws Exception {
        assertThat(PackedFonts.class.getResource("/fonts/NotoSansSC-Regular.ttf")).isNull();
        assertThat(PackedFonts.class.getResource("/fonts/NotoSansSC-Regular.ttf.xz")).isNotNull();
        PackedFonts.read("/fonts/NotoSansSC-Regular.ttf");
        Path dir = UserCache.root().resolve("fonts");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("NotoSansSC-Regular-") && n.endsWith(".ttf"))
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(UserCache.root().toString()).contains("test-cache"); // never the user's own cache
    }

    @Test
    void aFontTheJarDoesNotCarryIsNull() throws Exception {
        assertThat(PackedFonts.read("/fonts/NoSuchFont.ttf")).isNull();
    }
}
