package org.accesspub.read;

import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.read.docx.DocxReader;
import org.accesspub.read.odt.OdtReader;
import org.accesspub.read.office.ZipParts;

/**
 * Word and OpenDocument files, told apart by their content, not their name: a DOCX renamed {@code .bin} is
 * still read as one. A ZIP that is neither, an old binary {@code .doc}, and a password-protected document are
 * each refused with one line that says what to do.
 */
final class OfficeReaders {
    private OfficeReaders() {
    }

    /** @param named what the extension or {@code --from} says the file is (TXT when it says nothing useful) */
    static Article read(byte[] bytes, SourceKind named, String name) {
        if (ZipParts.isOle2(bytes)) {
            throw ZipParts.ole2Error(bytes, name);
        }
        if (!ZipParts.isZip(bytes)) {
            throw AccesspubException.badInput("cannot read " + name + ": it is not a "
                    + (named == SourceKind.ODT ? "OpenDocument text (.odt)" : "Word document (.docx)")
                    + " (not a ZIP package): save it again from the word processor, or give its --from kind");
        }
        ZipParts parts = ZipParts.read(bytes, name);
        if (OdtReader.isEncrypted(parts)) {
            throw ZipParts.passwordProtected(name);
        }
        if (DocxReader.isDocx(parts)) {
            return DocxReader.read(parts, name);
        }
        if (OdtReader.isOdt(parts)) {
            return OdtReader.read(parts, name);
        }
        throw AccesspubException.badInput("cannot read " + name + ": it is a ZIP archive but neither a Word document"
                + " (.docx) nor an OpenDocument text (.odt): give one of those, or a .txt, .md or .html article");
    }
}
