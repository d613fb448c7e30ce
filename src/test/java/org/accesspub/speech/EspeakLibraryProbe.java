package org.accesspub.speech;

import java.nio.file.Path;

/** Run in a child JVM by EspeakEngineTest: loads the eSpeak NG library named on the command line. */
public final class EspeakLibraryProbe {
    public static void main(String[] args) {
        EspeakEngine e = EspeakEngine.load(Path.of(args[0]));
        System.out.println("label: " + e.label());
        System.out.println("phonemes: " + e.phonemes("你好", "cmn"));
        System.out.println("voices include cmn: " + e.voices().stream().anyMatch(v -> v.name().equals("cmn")));
        try {
            EspeakEngine.load(null);
            System.out.println("second library loaded");
        } catch (IllegalStateException ex) {
            System.out.println("second library refused: " + ex.getMessage().replaceAll(".*; ", ""));
        }
    }
}
