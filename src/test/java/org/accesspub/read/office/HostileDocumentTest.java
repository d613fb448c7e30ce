package org.accesspub.read.office;

import static org.accesspub.testing.OfficeFixtures.docx;
import static org.accesspub.testing.OfficeFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.testing.OfficeFixtures;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DOCX or ODT is a ZIP of XML: every hostile variant ends in an article or in one line with exit code 3. */
class HostileDocumentTest {
    @TempDir
    Path tmp;

    private Article read(byte[] bytes, String name) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return Readers.read(f, ReadOptions.defaults());
    }

    private void refused(byte[] bytes, String name, String message) {
        assertThatThrownBy(() -> read(bytes, name)).isInstanceOfSatisfying(AccesspubException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(AccesspubException.BAD_INPUT);
            assertThat(e.getMessage()).contains(message).doesNotContain("\n");
        });
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        byte[] xxe = docx().rawDocument("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><w:document " + OfficeFixtures.W + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                .bytes();
        refused(xxe, "xxe.docx", "declares a DTD, which is never processed");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyEntityExpands() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE d [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] bomb = docx().rawDocument(dtd + "]><w:document " + OfficeFixtures.W + "><w:body><w:p><w:r><w:t>&l9;</w:t>"
                + "</w:r></w:p></w:body></w:document>").bytes();
        refused(bomb, "laughs.docx", "DTD");
    }

    @Test
    void aZipBombIsRefusedByItsExpansion() {
        byte[] zeros = new byte[8 << 20]; // 8 MB of zeros deflate to a few KB
        byte[] bomb = docx().body(p(null, "x")).part("word/media/bomb.bin", zeros).bytes();
        assertThat(bomb.length).isLessThan(100_000);
        refused(bomb, "bomb.docx", "expands more than 100 times");
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i <= ZipParts.MAX_ENTRIES; i++) {
            parts.put("f" + i, new byte[0]);
        }
        refused(OfficeFixtures.zip(parts), "many.docx", "more than 5000 files");
    }

    @Test
    void relationshipsOutsideThePackageOrToFilesAndTheWebAreNeverFollowed() throws Exception {
        Path outside = tmp.resolve("outside.png");
        Files.write(outside, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String pic = "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"p\" descr=\"%s\"/><a:graphic><a:graphicData>"
                + "<pic:pic><pic:blipFill><a:blip r:embed=\"%s\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>"
                + "</wp:inline></w:drawing></w:r></w:p>";
        Article a = read(docx().rel("up", "image", "../../../outside.png", false)
                .rel("file", "image", outside.toUri().toString(), true)
                .rel("web", "image", "http://127.0.0.1:9/tracker.png", true)
                .body(pic.formatted("climbs out", "up") + pic.formatted("a file", "file") + pic.formatted("remote", "web"))
                .bytes(), "rels.docx");
        assertThat(a.blocks()).containsExactly(new Block.Image("", "climbs out", null), new Block.Image("", "a file", null),
                new Block.Image("http://127.0.0.1:9/tracker.png", "remote", null)); // an address the preparer never fetches
    }

    @Test
    void aPasswordProtectedWordFileSaysToSaveItWithoutAPassword() throws Exception {
        byte[] plain = docx().body(p(null, "secret")).bytes();
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("pass");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        refused(out.toByteArray(), "locked.docx", "this document is password-protected: save it without a password");
    }

    @Test
    void aPasswordProtectedOdtSaysTheSame() {
        byte[] odt = OfficeFixtures.odt("<text:p>x</text:p>", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:"
                + "encryption-data/></manifest:file-entry></manifest:manifest>");
        refused(odt, "locked.odt", "password-protected");
    }

    @Test
    void anOldBinaryWordFileIsNamedAsSuch() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        refused(out.toByteArray(), "old.doc", "Word 97-2003 document (.doc)");
    }

    @Test
    void aDocxThatIsNotAZipIsRefused() {
        refused("just text".getBytes(StandardCharsets.UTF_8), "fake.docx", "not a ZIP package");
    }

    @Test
    void tablesNestedThousandsDeepEndWithoutOverflowingTheStack() throws Exception {
        String open = "<w:tbl><w:tr><w:tc>";
        String close = "</w:tc><w:tc>" + p(null, "b") + "</w:tc></w:tr></w:tbl>";
        byte[] deep = docx().body(open.repeat(3000) + p(null, "deep") + close.repeat(3000) + p(null, "after")).bytes();
        Article a = read(deep, "deep.docx");
        assertThat(a.blocks().get(a.blocks().size() - 1)).isEqualTo(Block.Paragraph.of("after"));
    }
}
