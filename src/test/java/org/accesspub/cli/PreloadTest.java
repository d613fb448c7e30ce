package org.accesspub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreloadTest {
    @Test
    void theFormatsAreTakenFromEveryFormOfTheOptionElseTheDefaultFour() {
        assertThat(Preload.formats(new String[] {"convert", "a.txt"})).containsExactly("pdf", "epub", "docx", "audio");
        assertThat(Preload.formats(new String[] {"convert", "a.txt", "-f", "PDF,epub"})).containsExactly("pdf", "epub");
        assertThat(Preload.formats(new String[] {"convert", "--format=audio", "a.txt"})).containsExactly("audio");
        assertThat(Preload.formats(new String[] {"convert", "-faudio", "-f", "docx"})).containsExactly("audio", "docx");
        assertThat(Preload.formats(new String[] {"convert", "-f=braille"})).containsExactly("braille");
    }
}
