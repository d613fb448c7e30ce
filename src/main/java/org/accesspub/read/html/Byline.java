package org.accesspub.read.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name in a byline, without what pages print beside it: "by", a date and time, a handle, a reading
 * time, a section or a print link. Generic rules over the text, never per site:
 * {@code Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read} → {@code Bryan DeArdo};
 * {@code Monday November 18, 2019 7:45 am PST by Joe Rossignol} → {@code Joe Rossignol}.
 */
final class Byline {
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?";
    /** Where the name ends: a separator, a handle, a date, a time or the words that lead into one. */
    private static final Pattern END = Pattern.compile("(?i)\\s*(?:\\||•|·|—|–(?=\\s)|\\s@\\w"
            + "|\\b" + WEEKDAY + "\\s+" + MONTH + "|\\b" + MONTH + "\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+" + MONTH
            + "|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b\\d{1,2}:\\d{2}"
            + "|\\b(?:on|updated|published|posted)\\s+(?=\\d|" + MONTH + "|" + WEEKDAY + ")"
            + "|\\bprint this\\b|\\b\\d+\\s*min(?:ute)?s?\\s+read\\b)");
    private static final Pattern BY = Pattern.compile("(?i)(?:^|\\s)by\\s+(?=\\S)");
    private static final Pattern DATEISH = Pattern.compile("(?i)\\d|\\b" + MONTH + "|\\b" + WEEKDAY
            + "|\\banalysis\\b|\\bopinion\\b|\\bcommentary\\b|\\bstory\\b|\\bwritten\\b|\\bposted\\b|\\bpublished\\b");

    private Byline() {
    }

    /** The name, or the text as it was when nothing of a name would be left. */
    static String name(String byline) {
        if (byline == null) {
            return null;
        }
        String s = byline.strip();
        Matcher by = BY.matcher(s);
        if (by.find() && (by.start() == 0 || DATEISH.matcher(s.substring(0, by.start())).find())) {
            s = s.substring(by.end()); // "Monday … PST by Joe Rossignol", "Analysis by Chris Cillizza"
        }
        Matcher end = END.matcher(s);
        if (end.find()) {
            s = s.substring(0, end.start());
        }
        s = s.replaceAll("[\\s,.;:|•·—–-]+$", "").strip();
        return s.isEmpty() ? byline.strip() : s;
    }
}
