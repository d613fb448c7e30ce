package org.accesspub.speech.piper;

import io.github.givimad.piperjni.PiperJNI;
import io.github.givimad.piperjni.PiperVoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.accesspub.AccesspubException;

/**
 * The Piper runtime (piper-jni: onnxruntime and Piper's synthesis, from the voice extra), loaded once per
 * process. Each voice is loaded as a few instances (lanes) and utterances are spoken on as many threads at
 * once; loading a voice waits until no one speaks, since the runtime keeps its voices in one table.
 */
public final class PiperRuntime {
    private static PiperRuntime instance;

    private final PiperJNI piper;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Lanes> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    private PiperRuntime(PiperJNI piper) {
        this.piper = piper;
    }

    /** The runtime, its natives loaded on the first call (without eSpeak NG: accesspub makes the phonemes). */
    public static synchronized PiperRuntime get() {
        if (instance == null) {
            try {
                PiperJNI p = new PiperJNI();
                p.initialize(false, false);
                instance = new PiperRuntime(p);
            } catch (IOException | RuntimeException | LinkageError e) {
                throw AccesspubException.badUsage("Cannot load the Piper runtime on this machine ("
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + e.getMessage());
            }
        }
        return instance;
    }

    public String version() {
        return piper.getPiperVersion();
    }

    /**
     * The voice at a pace, loaded as {@code count} instances the first time, then shared. A model the runtime
     * cannot load is bad input (exit 3), and so is a config that does not fit the model: each instance says
     * one short phoneme string before it is used.
     */
    public Lanes voice(Path model, VoiceConfig config, double lengthScale, int count) {
        String key = model + "\n" + config.file() + "\n" + lengthScale;
        Lanes known = loaded.get(key);
        if (known != null) {
            return known; // the common case: no lock, so speakers never wait for one another here
        }
        lock.writeLock().lock();
        try {
            Lanes lanes = loaded.get(key);
            if (lanes == null) {
                lanes = load(model, config, lengthScale, count);
                loaded.put(key, lanes);
            }
            return lanes;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Lanes load(Path model, VoiceConfig config, double lengthScale, int count) {
        Path json = null;
        List<PiperVoice> voices = new ArrayList<>();
        try {
            json = Files.createTempFile("accesspub-voice-", ".onnx.json");
            Files.writeString(json, config.forRuntime(lengthScale), StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                PiperVoice v;
                try {
                    v = piper.loadVoice(model, json);
                } catch (IOException | PiperJNI.NotInitialized | RuntimeException e) {
                    throw AccesspubException.badInput("Cannot load the voice model " + model + ": " + message(e));
                }
                voices.add(v);
                try {
                    piper.textToAudio(v, "a");
                } catch (IOException | PiperJNI.NotInitialized | RuntimeException e) {
                    throw AccesspubException.badInput("The config " + config.file() + " does not fit the model "
                            + model + ": " + message(e));
                }
            }
            return new Lanes(voices);
        } catch (IOException e) {
            throw AccesspubException.cannotWrite("Cannot write a temporary file for the voice: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            voices.forEach(PiperVoice::close);
            throw e;
        } finally {
            if (json != null) {
                try {
                    Files.deleteIfExists(json);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.strip().split("\n")[0];
    }

    /** The loaded instances of one voice at one pace. */
    public final class Lanes {
        private final BlockingQueue<PiperVoice> free;
        private final int count;

        private Lanes(List<PiperVoice> voices) {
            this.free = new ArrayBlockingQueue<>(voices.size(), false, voices);
            this.count = voices.size();
        }

        public int count() {
            return count;
        }

        /** 16-bit samples for phonemes given as they are (one code point each), on the first free instance. */
        public short[] speak(String phonemes) {
            PiperVoice v;
            try {
                v = free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the voice", e);
            }
            lock.readLock().lock();
            try {
                return piper.textToAudio(v, phonemes);
            } catch (IOException | PiperJNI.NotInitialized | RuntimeException e) {
                throw new IllegalStateException("Piper failed on '" + phonemes + "': " + message(e), e);
            } finally {
                lock.readLock().unlock();
                free.add(v);
            }
        }
    }
}
