package cn.kaichuang.certificate.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Text and images on one PDF page in one font, with Chinese line breaking (any character may break). */
final class PageWriter implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+|.", Pattern.DOTALL);

    private final PDPageContentStream content;
    private final PDRectangle box;
    private final PDFont font;

    PageWriter(PDDocument document, PDPage page, PDFont font) throws IOException {
        this.content = new PDPageContentStream(document, page);
        this.box = page.getMediaBox();
        this.font = font;
    }

    void frame(float inset) throws IOException {
        content.setLineWidth(2);
        content.addRect(inset, inset, box.getWidth() - 2 * inset, box.getHeight() - 2 * inset);
        content.stroke();
    }

    void text(String text, float size, float x, float y) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    void centred(String text, float size, float y) throws IOException {
        text(text, size, (box.getWidth() - width(text, size)) / 2, y);
    }

    /**
     * Writes {@code text} in lines no wider than {@code maxWidth}, the first line indented by two
     * characters. A line may break after any Chinese character but not inside a number or a Latin word.
     */
    void paragraph(String text, float size, float x, float y, float maxWidth, float leading) throws IOException {
        StringBuilder line = new StringBuilder("\u3000\u3000");
        float lineY = y;
        Matcher tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group();
            if (width(line + token, size) > maxWidth) {
                text(line.toString(), size, x, lineY);
                lineY -= leading;
                line.setLength(0);
            }
            line.append(token);
        }
        text(line.toString(), size, x, lineY);
    }

    void image(PDImageXObject image, float x, float y, float side) throws IOException {
        content.drawImage(image, x, y, side, side);
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
