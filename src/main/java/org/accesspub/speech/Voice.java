package org.accesspub.speech;

import java.util.List;

/**
 * One voice an engine offers, for {@code accesspub voices} and {@code --voice}.
 *
 * @param engine    the engine id ({@code espeak}, {@code freetts})
 * @param name      what {@code --voice} takes
 * @param languages BCP 47 tags (lower case) the voice speaks
 * @param label     a human description
 */
public record Voice(String engine, String name, List<String> languages, String label) {
    public Voice {
        languages = List.copyOf(languages);
    }
}
