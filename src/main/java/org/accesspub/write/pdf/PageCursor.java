package org.accesspub.write.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the next thing goes: the pages laid out so far and the height on the current one. The only
 * mutable state of a layout; what a block is laid out inside of is a {@link BlockContext}.
 */
final class PageCursor {
    private final List<PageLayout.Page> pages = new ArrayList<>();
    private final float top;
    private final float bottom;
    private List<Drawing> items;
    private float y;

    PageCursor(float top, float bottom) {
        this.top = top;
        this.bottom = bottom;
        newPage();
    }

    float top() {
        return top;
    }

    float bottom() {
        return bottom;
    }

    /** The height of the next line's top on the current page. */
    float y() {
        return y;
    }

    void moveTo(float v) {
        y = v;
    }

    void down(float by) {
        y -= by;
    }

    void add(Drawing d) {
        items.add(d);
    }

    /** The index of the current page. */
    int page() {
        return pages.size() - 1;
    }

    /** The drawings of an earlier (or the current) page, for rules drawn after what they mark. */
    List<Drawing> itemsOf(int page) {
        return pages.get(page).items();
    }

    /** Makes an earlier page current again, at height v (page numbers are set after the whole layout). */
    void revisit(int page, float v) {
        items = pages.get(page).items();
        y = v;
    }

    List<PageLayout.Page> pages() {
        return pages;
    }

    void newPage() {
        items = new ArrayList<>();
        pages.add(new PageLayout.Page(items));
        y = top;
    }

    boolean atTop() {
        return y >= top - 0.5f;
    }

    /** Starts a new page unless {@code height} fits above the bottom margin (or the page is still empty). */
    void ensureRoom(float height) {
        if (y - height < bottom - 0.5f && !atTop()) {
            newPage();
        }
    }

    /** Whether a line of this height starting at y would cross the bottom margin. */
    boolean overflows(float height) {
        return y - height < bottom - 0.5f;
    }
}
