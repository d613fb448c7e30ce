package org.accesspub.speech;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/** The part of the eSpeak NG C API (speak_lib.h) that accesspub calls, bound through JNA. */
interface EspeakNative extends Library {
    int AUDIO_OUTPUT_SYNCHRONOUS = 2;
    int INITIALIZE_DONT_EXIT = 0x8000;
    int POS_CHARACTER = 1;
    int CHARS_UTF8 = 1;
    int PARAM_RATE = 1;
    int PHONEMES_IPA = 0x02;
    int EE_OK = 0;

    /** Called with each block of samples while {@link #espeak_Synth} runs; return 0 to go on. */
    interface SynthCallback extends Callback {
        int invoke(Pointer wav, int numSamples, Pointer events);
    }

    int espeak_Initialize(int output, int bufLength, String path, int options);

    void espeak_SetSynthCallback(SynthCallback callback);

    int espeak_SetVoiceByName(String name);

    int espeak_SetParameter(int parameter, int value, int relative);

    int espeak_Synth(Pointer text, NativeLong size, int position, int positionType, int endPosition, int flags,
                     Pointer uniqueIdentifier, Pointer userData);

    int espeak_Synchronize();

    Pointer espeak_TextToPhonemes(PointerByReference textPtr, int textMode, int phonemeMode);

    String espeak_Info(PointerByReference path);
}
