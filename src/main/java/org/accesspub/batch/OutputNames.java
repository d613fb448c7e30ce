package org.accesspub.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.accesspub.write.Format;

/** The names of the files a conversion writes, {@code <base>.<extension>}, for the formats asked for. */
final class OutputNames {
    private OutputNames() {
    }

    static List<String> of(String baseName, Set<Format> formats, String audioFormat) {
        List<String> names = new ArrayList<>();
        for (Format f : formats) {
            for (String ext : extensions(f, audioFormat)) {
                names.add(baseName + "." + ext);
            }
        }
        return names;
    }

    static List<String> extensions(Format format, String audioFormat) {
        return switch (format) {
            case PDF -> List.of("pdf");
            case EPUB -> List.of("epub");
            case DOCX -> List.of("docx");
            case AUDIO -> List.of(audioFormat, "vtt");
            case BRAILLE -> List.of("brf", "pef");
            case NARRATED -> List.of("narrated.epub");
            case DAISY -> List.of("daisy.zip");
        };
    }
}
