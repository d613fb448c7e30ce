package org.accesspub.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.speech.SpeechEngines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code accesspub voices}: the speech engines, their voices and languages. */
@Command(name = "voices", mixinStandardHelpOptions = true,
        description = "List the speech engines, their voices and the languages they read.",
        footerHeading = "%nExample:%n", footer = "  accesspub voices")
final class VoicesCommand implements Callable<Integer> {
    @Option(names = "--espeak-lib", paramLabel = "PATH", description = "List the voices of this libespeak-ng instead of the bundled one.")
    Path espeakLib;

    @Option(names = "--voice-model", paramLabel = "[LANG=]FILE.onnx",
            description = "Also list this Piper voice model (repeatable; also named by ACCESSPUB_VOICE_MODELS).")
    java.util.List<String> voiceModels = new java.util.ArrayList<>();

    @Option(names = "--voice-config", paramLabel = "FILE.onnx.json",
            description = "The config of the voice model given at the same place (default: FILE.onnx.json beside it).")
    java.util.List<Path> voiceConfigs = new java.util.ArrayList<>();

    @Option(names = "--debug", description = "Show the stack trace of an unexpected failure.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SpeechEngines.listing(SpeechOptions.builder().espeakLibrary(espeakLib)
                .voiceModels(org.accesspub.speech.VoiceModel.of(voiceModels, voiceConfigs,
                        System.getenv(org.accesspub.speech.VoiceModel.ENVIRONMENT))).build()));
        return 0;
    }
}
