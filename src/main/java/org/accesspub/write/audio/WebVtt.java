package org.accesspub.write.audio;

import java.util.Locale;

/** The transcript: one WebVTT cue per utterance, with the text as written. */
final class WebVtt {
    private WebVtt() {
    }

    static String of(Timeline timeline) {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        int n = 1;
        for (Timeline.Cue cue : timeline.cues()) {
            String text = escape(cue.text());
            if (text.isEmpty()) {
                continue;
            }
            sb.append(n++).append('\n')
              .append(time(cue.startMs())).append(" --> ").append(time(cue.endMs())).append('\n')
              .append(text).append("\n\n");
        }
        return sb.toString();
    }

    static String time(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** Cue text may not hold a blank line or "-->", and &, < and > must be escaped. */
    private static String escape(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "")
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
