package cn.kaichuang.review.internal;

import cn.kaichuang.review.Grade;
import cn.kaichuang.review.ReviewSummary;
import cn.kaichuang.review.ReviewSummary.Line;
import cn.kaichuang.review.ReviewSummary.Mark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The review summary sheet as an A4 table in Chinese, ending with a line for the signatures. The
 * header row repeats on every page. Uses the CJK font the certificate uses (the configured
 * {@code kaichuang.certificate.font}, else the system's WenQuanYi / Noto CJK).
 */
@Component
public class SummaryPdf {

    private static final List<Path> SYSTEM_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("/System/Library/Fonts/PingFang.ttc"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日")
            .withZone(ZoneId.of("Asia/Shanghai"));
    static final List<String> HEADERS = List.of("序号", "方案编号", "学员", "评审一", "评审二", "复评", "最终得分", "等级");
    private static final float[] WIDTHS = {30, 62, 64, 86, 86, 86, 50, 51};
    private static final float MARGIN = 40;
    private static final float ROW = 22;
    private static final float SIZE = 9;

    private final Optional<Path> configured;

    SummaryPdf(@Value("${kaichuang.certificate.font:}") String font) {
        this.configured = font.isBlank() ? Optional.empty() : Optional.of(Path.of(font));
    }

    public byte[] render(ReviewSummary summary) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = new Sheet(document, font(document));
            sheet.text("创业培训" + summary.courseType().chineseName() + "计划书评审汇总表", 16, true);
            sheet.text("培训机构：" + summary.institutionName() + "　　班期：" + summary.cohortName(), 10, false);
            var grades = summary.grades();
            sheet.text("方案 " + summary.lines().size() + " 份；优秀 " + grades.get(Grade.EXCELLENT)
                    + " 份，合格 " + grades.get(Grade.PASS) + " 份，不合格 "
                    + grades.get(Grade.FAIL) + " 份；制表日期 " + DATE.format(summary.generatedAt()),
                    10, false);
            sheet.gap(6);
            sheet.header();
            int n = 1;
            for (Line line : summary.lines()) {
                sheet.row(cells(n++, line));
            }
            if (summary.lines().isEmpty()) {
                sheet.text("（本班期尚无已提交的计划书）", 10, false);
            }
            sheet.gap(30);
            sheet.text("评审专家签字：________________　　机构负责人签字：________________　　日期：____年__月__日", 10,
                    false);
            sheet.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cells(int n, Line line) {
        List<Mark> first = line.firstRound();
        return List.of(String.valueOf(n), line.planNumber(), line.traineeName(), mark(first.size() > 0 ? first.get(0)
                : null), mark(first.size() > 1 ? first.get(1) : null), mark(line.secondRound()),
                line.finalScore() == null ? "待定" : String.valueOf(line.finalScore()),
                line.grade() == null ? "—" : line.grade().chineseName());
    }

    private static String mark(@Nullable Mark mark) {
        if (mark == null) {
            return "—";
        }
        return (mark.total() == null ? "未评" : String.valueOf(mark.total())) + " " + mark.expertName();
    }

    private PDFont font(PDDocument document) throws IOException {
        Path path = Stream.concat(configured.stream(), SYSTEM_FONTS.stream()).filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new IllegalStateException("No font with Chinese glyphs for the review summary:"
                        + " install fonts-wqy-microhei or set kaichuang.certificate.font"));
        if (!path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return PDType0Font.load(document, path.toFile());
        }
        TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
        List<TrueTypeFont> fonts = new ArrayList<>();
        collection.processAllFonts(fonts::add);
        return PDType0Font.load(document, fonts.getFirst(), true);
    }

    /** A table flowing down A4 pages. */
    private static final class Sheet {

        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream content;
        private float y;

        Sheet(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void text(String text, float size, boolean centred) throws IOException {
            ensure(size * 1.8f);
            y -= size * 1.8f;
            float width = font.getStringWidth(text) / 1000 * size;
            float x = centred ? (PDRectangle.A4.getWidth() - width) / 2 : MARGIN;
            show(text, size, x, y);
        }

        void gap(float height) {
            y -= height;
        }

        void header() throws IOException {
            row(HEADERS);
        }

        void row(List<String> cells) throws IOException {
            if (y - ROW < MARGIN) {
                content.close();
                newPage();
                header();
            }
            float x = MARGIN;
            float top = y;
            y -= ROW;
            for (int c = 0; c < cells.size(); c++) {
                content.addRect(x, y, WIDTHS[c], ROW);
                String cell = cells.get(c);
                float size = SIZE;
                // Long names shrink to fit their cell rather than run into the next one.
                while (size > 5 && font.getStringWidth(cell) / 1000 * size > WIDTHS[c] - 4) {
                    size -= 0.5f;
                }
                show(cell, size, x + 2, top - ROW / 2 - size / 3);
                x += WIDTHS[c];
            }
            content.stroke();
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void show(String text, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.setLineWidth(0.5f);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
