package org.accesspub.write.braille;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.accesspub.braille.Braille;

/**
 * Writes Braille Ready Format: North American ASCII braille (the 64 characters of en-us-brf.dis,
 * upper case), lines ended by CR LF without trailing blanks, a form feed between pages.
 */
final class Brf {
    /** The ASCII character for each six-dot pattern, in Unicode order U+2800…U+283F. */
    static final String ASCII = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

    private Brf() {
    }

    static void write(BrailleDocument doc, OutputStream out) throws IOException {
        List<List<String>> pages = doc.pages();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                out.write('\f');
            }
            for (String line : pages.get(p)) {
                out.write(ascii(line.stripTrailing().replaceAll("\u2800+$", "")));
                out.write('\r');
                out.write('\n');
            }
        }
    }

    static byte[] ascii(String cells) {
        byte[] bytes = new byte[cells.length()];
        for (int i = 0; i < cells.length(); i++) {
            int dots = cells.charAt(i) - '\u2800';
            if (dots < 0 || dots > 0x3F) {
                throw new IllegalStateException("not a six-dot braille cell: U+" + Integer.toHexString(cells.charAt(i)));
            }
            bytes[i] = (byte) ASCII.charAt(dots);
        }
        return bytes;
    }
}
