package org.accesspub.write.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.accesspub.prepare.PubDate;

/**
 * What OpenPDF would take from the clock or chance, taken from the document instead: the PDF's date and file
 * identifier as the prepared document gives them, and the font subsets' tags; the same article and options
 * make the same bytes.
 */
final class Reproducible {
    private Reproducible() {
    }

    /**
     * The Info dictionary's dates, the article's (none when it has none), and the file identifier (/ID), a hash
     * of the identifier and of what the file shows. Called once the document is open.
     */
    static void info(com.lowagie.text.pdf.PdfWriter writer, PdfRenderer.Info info, int pages) {
        PdfDictionary dictionary = writer.getInfo();
        String date = pdf(info.date());
        dictionary.remove(PdfName.CREATIONDATE);
        dictionary.remove(PdfName.MODDATE);
        if (date != null) {
            dictionary.put(PdfName.CREATIONDATE, new PdfString(date));
            dictionary.put(PdfName.MODDATE, new PdfString(date));
        }
        byte[] permanent = md5(info.identifier());
        byte[] changing = md5(info.identifier() + '\n' + info.title() + '\n' + info.language() + '\n'
                + info.creator() + '\n' + info.description() + '\n' + date + '\n' + pages);
        dictionary.put(PdfName.FILEID, PdfEncryption.createInfoId(permanent, changing));
    }

    /**
     * The article's date as a PDF date ({@code D:20240318085700+08'00'}; the day alone when the source gave no
     * time, no offset when it gave none), or null for an undated article.
     */
    static String pdf(PubDate date) {
        if (date == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder("D:").append(DateTimeFormatter.BASIC_ISO_DATE.format(date.day()));
        if (date.time() != null) {
            sb.append(DateTimeFormatter.ofPattern("HHmmss").format(date.time()));
            if (date.zone() != null) {
                sb.append(offset(date.zone()));
            }
        }
        return sb.toString();
    }

    /** {@code Z} or {@code +08'00'}. */
    private static String offset(ZoneOffset zone) {
        int seconds = zone.getTotalSeconds();
        if (seconds == 0) {
            return "Z";
        }
        int minutes = Math.abs(seconds) / 60;
        return String.format(java.util.Locale.ROOT, "%s%02d'%02d'", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /**
     * The source OpenPDF draws a font subset's six-letter tag ({@code SOKTZE+NotoSansSC-Bold}) from: seeded by the
     * subset's name and bytes, so the same subset gets the same tag and another subset another.
     */
    static java.security.SecureRandom subsetTags(String name, byte[] ttf) {
        try {
            java.security.SecureRandom r = java.security.SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(md5(name)); // seeded before first use, SHA1PRNG draws the same numbers every time
            r.setSeed(ttf);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA1PRNG", e);
        }
    }

    /** The MD5 of the text (UTF-8): the 16 bytes a PDF file identifier holds. */
    static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
