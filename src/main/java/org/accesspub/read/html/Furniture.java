package org.accesspub.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;

/**
 * The lines a news page puts around its text that are metadata, not text: a byline or date line
 * among the first blocks before the running text starts ("By Ann Lee", "Nov. 20, 2019 1:35 a.m.",
 * "文／记者 张三"), and a copyright line ("© 2024 The Courier"). Only short paragraphs are touched.
 */
final class Furniture {
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|from|von|par|por|door|av|di|written by|posted by"
            + "|published by|作者|记者|文\\s*[/／]|来源|來源|撰文|编辑|責任編輯|责任编辑)[\\s:：]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)^(©|\\(c\\)\\s|copyright\\b|版权所有|all rights reserved)");

    private Furniture() {
    }

    static List<Block> strip(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        boolean textStarted = false;
        for (Block b : blocks) {
            String text = b instanceof Block.Paragraph p ? Blocks.plainText(p.content()).strip() : null;
            if (text != null && text.length() < 120 && COPYRIGHT.matcher(text).find()) {
                continue;
            }
            if (!textStarted && text != null && text.length() < 100 && (isBylineOrDate(text) || isKicker(b))) {
                continue;
            }
            if (text != null && text.length() >= 60 || b instanceof Block.Heading && !out.isEmpty()) {
                textStarted = true;
            }
            out.add(b);
        }
        return out;
    }

    /** A section label above the headline: one short link and nothing else ("Local news"). */
    private static boolean isKicker(Block b) {
        return b instanceof Block.Paragraph p && p.content().size() == 1 && p.content().get(0) instanceof Inline.Link
                && Blocks.plainText(p.content()).length() < 40;
    }

    private static boolean isBylineOrDate(String text) {
        if (BYLINE.matcher(text).find()) {
            return true;
        }
        return text.length() < 60 && YEAR.matcher(text).find() && !text.matches("(?s).*[.!?。！？]\"?$")
                && text.split("\\s+").length <= 10;
    }
}
