package org.accesspub.lang;

import org.accesspub.model.Block;

/**
 * The words writers add around the newer blocks, in Chinese or English: the label of a note, tip or
 * warning that has no title of its own, and how a code block is announced when read aloud.
 */
public final class BlockWords {
    private BlockWords() {
    }

    /** 注意 / Note, 提示 / Tip, 重要 / Important, 警告 / Warning, 小心 / Caution, 危险 / Danger. */
    public static String admonition(Block.Admonition.Kind kind, boolean chinese) {
        return switch (kind) {
            case NOTE -> chinese ? "注意" : "Note";
            case TIP -> chinese ? "提示" : "Tip";
            case IMPORTANT -> chinese ? "重要" : "Important";
            case WARNING -> chinese ? "警告" : "Warning";
            case CAUTION -> chinese ? "小心" : "Caution";
            case DANGER -> chinese ? "危险" : "Danger";
        };
    }

    /**
     * The label a note shows: the kind's word alone ({@code 警告}), the source's title when it is that
     * word in either language ({@code Warning}), else both ({@code 警告：不要拔掉 U 盘}), so the kind is
     * never lost behind a title.
     */
    public static String admonitionLabel(Block.Admonition a, String word, boolean chinese) {
        if (a.title() == null) {
            return word;
        }
        String bare = a.title().replaceFirst("[:：]\\s*$", "").strip();
        if (bare.equalsIgnoreCase(admonition(a.kind(), true)) || bare.equalsIgnoreCase(admonition(a.kind(), false))
                || bare.equalsIgnoreCase(word)) {
            return bare;
        }
        return word + (chinese ? "：" : ": ") + a.title();
    }

    /** What is said before a short code block is read: {@code 代码：} / {@code Code: }. */
    public static String codePrefix(boolean chinese) {
        return chinese ? "代码：" : "Code: ";
    }

    /** What is said instead of a long code block: {@code 此处有代码，共 40 行，略过。} / {@code A code listing of 40 lines, skipped.} */
    public static String codeSkipped(int lines, boolean chinese) {
        return chinese ? "此处有代码，共" + lines + "行，略过。" : "A code listing of " + lines + " lines, skipped.";
    }
}
