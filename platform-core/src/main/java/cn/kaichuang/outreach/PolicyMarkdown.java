package cn.kaichuang.outreach;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Policy texts are Markdown; this is the one place they become HTML, for the preview while
 * writing and for trainees reading. Raw HTML in the source is escaped, never passed through, and
 * link targets other than http(s)/mailto are dropped, so no script reaches a reader's page.
 */
public final class PolicyMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak("<br>").build();

    private PolicyMarkdown() {
    }

    public static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
