package org.accesspub.speech;

/**
 * A speech engine could not say one passage (it failed, ran out of memory, or gave far more sound than the
 * passage can hold). The recorder skips that passage with a warning; it is never a hang.
 */
public final class SpeechFailure extends RuntimeException {
    private final String engine;

    public SpeechFailure(String engine, String reason) {
        super(engine + ": " + reason);
        this.engine = engine;
    }

    /** The engine's name, for messages. */
    public String engine() {
        return engine;
    }

    /** Why it failed, without the engine's name. */
    public String reason() {
        return getMessage().substring(engine.length() + 2);
    }
}
