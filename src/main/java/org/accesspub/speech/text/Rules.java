package org.accesspub.speech.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * An ordered list of rewrite rules (a regular expression and what a match is said as). Order
 * matters: the specific shapes (dates, times, phone numbers) run before plain numbers take the digits.
 */
final class Rules {
    private record Rule(Pattern pattern, Function<MatchResult, String> reading) {
    }

    private final List<Rule> rules = new ArrayList<>();

    Rules add(String regex, Function<MatchResult, String> reading) {
        rules.add(new Rule(Pattern.compile(regex), reading));
        return this;
    }

    String apply(String text) {
        String s = SpeakableText.bound(text); // linear time and engine-safe lengths before any rule
        for (Rule r : rules) {
            s = outsideReadings(s, r);
        }
        return s;
    }

    /** Applies a rule to the text between pinyin readings (⟦word|pinyin⟧): a reading once decided stays. */
    private static String outsideReadings(String s, Rule r) {
        if (s.indexOf('⟦') < 0) {
            return r.pattern().matcher(s).replaceAll(mr -> Matcher.quoteReplacement(r.reading().apply(mr)));
        }
        Matcher readings = MandarinReading.READING.matcher(s);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (readings.find()) {
            out.append(outsideReadings(s.substring(at, readings.start()), r)).append(readings.group());
            at = readings.end();
        }
        return out.append(outsideReadings(s.substring(at), r)).toString();
    }
}
