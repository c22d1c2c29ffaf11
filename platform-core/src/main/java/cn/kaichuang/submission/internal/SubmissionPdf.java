package cn.kaichuang.submission.internal;

import cn.kaichuang.submission.PlanContent;
import cn.kaichuang.submission.PlanContent.Asset;
import cn.kaichuang.submission.PlanContent.Competitor;
import cn.kaichuang.submission.PlanContent.MonthlyCost;
import cn.kaichuang.submission.PlanContent.MonthlyLine;
import cn.kaichuang.submission.PlanContent.Product;
import cn.kaichuang.submission.PlanContent.Staff;
import cn.kaichuang.submission.PlanSection;
import cn.kaichuang.submission.PlanTotals;
import cn.kaichuang.submission.PlanTotals.CashMonth;
import cn.kaichuang.submission.SubmittedPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The submitted plan as an A4 PDF in Chinese, section by section with its computed figures. Uses
 * the system's CJK font as the certificate does (the image installs fonts-wqy-microhei).
 */
@Component
public class SubmissionPdf {

    private static final List<Path> SYSTEM_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("/System/Library/Fonts/PingFang.ttc"));
    private static final Map<PlanSection, String> TITLES = Map.of(
            PlanSection.OVERVIEW, "一、企业概况", PlanSection.FOUNDER, "二、创业者个人情况",
            PlanSection.MARKET, "三、市场评估", PlanSection.MARKETING, "四、市场营销计划",
            PlanSection.ORGANISATION, "五、企业组织结构", PlanSection.FIXED_ASSETS, "六、固定资产",
            PlanSection.WORKING_CAPITAL, "七、流动资金（月）", PlanSection.SALES_FORECAST, "八、销售收入预测（12 个月）",
            PlanSection.SALES_AND_COSTS, "九、销售和成本计划", PlanSection.CASH_FLOW, "十、现金流量计划");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.,]+|.", Pattern.DOTALL);

    public byte[] render(SubmittedPlan plan, String cohortName) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Flow flow = new Flow(document, font(document));
            flow.line(plan.type().chineseName(), 18);
            flow.line(cohortName + "　" + plan.traineeName() + "　第 " + plan.version() + " 版　提交于 "
                    + TIME.format(plan.submittedAt()), 10);
            flow.gap();
            PlanContent c = plan.content();
            PlanTotals t = plan.totals();
            for (PlanSection section : plan.type().sections()) {
                flow.line(TITLES.get(section), 13);
                switch (section) {
                    case OVERVIEW -> flow.fields("企业名称", c.overview().name(), "行业", c.overview().industry(),
                            "企业法律形态", c.overview().legalForm(), "经营地址", c.overview().address(),
                            "网店 / 平台", c.overview().onlineShop(), "企业简介", c.overview().description());
                    case FOUNDER -> flow.fields("姓名", c.founder().name(), "学历", c.founder().education(),
                            "工作经历", c.founder().experience(), "技能", c.founder().skills(),
                            "创业动机", c.founder().motivation());
                    case MARKET -> {
                        flow.fields("目标顾客", c.market().customers(), "市场容量", c.market().marketSize());
                        for (Competitor k : c.market().competitors()) {
                            flow.text("竞争对手 " + k.name() + "：优势 " + k.strengths() + "；劣势 " + k.weaknesses());
                        }
                    }
                    case MARKETING -> flow.fields("产品", c.marketing().product(), "价格", c.marketing().price(),
                            "渠道", c.marketing().place(), "促销", c.marketing().promotion());
                    case ORGANISATION -> {
                        for (Staff s : c.organisation().staff()) {
                            flow.text(s.position() + "　" + s.count() + " 人 × " + yuan(s.monthlyWage()) + " = "
                                    + yuan(s.monthlyTotal()) + " /月");
                        }
                        flow.text("月工资合计：" + yuan(t.monthlyWages()));
                    }
                    case FIXED_ASSETS -> {
                        for (Asset a : c.fixedAssets().items()) {
                            flow.text(a.name() + "　" + a.quantity().toPlainString() + " × " + yuan(a.unitPrice())
                                    + " = " + yuan(a.total()));
                        }
                        flow.text("固定资产合计：" + yuan(t.fixedAssets()));
                    }
                    case WORKING_CAPITAL -> {
                        for (MonthlyCost m : c.workingCapital().items()) {
                            flow.text(m.name() + "　" + yuan(m.monthlyAmount()) + " /月");
                        }
                        flow.text("每月 " + yuan(t.workingCapitalPerMonth()) + " × " + c.workingCapital().months()
                                + " 个月 = 流动资金合计 " + yuan(t.workingCapital()));
                        flow.text("启动资金总额（固定资产 + 流动资金）：" + yuan(t.startupCapital()));
                    }
                    case SALES_FORECAST -> {
                        for (Product p : c.salesForecast().products()) {
                            flow.text(p.name() + "　单价 " + yuan(p.unitPrice()) + "　数量 " + amounts(p.quantities()));
                        }
                        flow.text("月销售收入 " + amounts(t.monthlySales()));
                        flow.text("全年销售收入：" + yuan(t.sales()));
                    }
                    case SALES_AND_COSTS -> {
                        for (MonthlyLine l : c.salesAndCosts().costs()) {
                            flow.text(l.name() + "　" + amounts(l.amounts()));
                        }
                        flow.text("月成本（含工资） " + amounts(t.monthlyCosts()));
                        flow.text("全年成本：" + yuan(t.costs()) + "　全年利润：" + yuan(t.profit()));
                    }
                    case CASH_FLOW -> {
                        flow.text("期初现金：" + yuan(c.cashFlow().openingCash()));
                        for (CashMonth m : t.cashFlow()) {
                            flow.text(m.month() + " 月：月初 " + yuan(m.opening()) + "　流入 " + yuan(m.inflow())
                                    + "　流出 " + yuan(m.outflow()) + "　月末 " + yuan(m.closing()));
                        }
                    }
                }
                flow.gap();
            }
            if (!plan.attachments().isEmpty()) {
                flow.line("附件", 13);
                plan.attachments().forEach(a -> flow.text(a.fileName() + "　SHA-256 " + a.sha256Hex()));
            }
            flow.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the plan PDF", e);
        }
    }

    private static String yuan(BigDecimal amount) {
        return "¥" + PlanContent.yuan(amount).toPlainString();
    }

    private static String amounts(List<BigDecimal> values) {
        return String.join(" / ", values.stream().map(v -> v.stripTrailingZeros().toPlainString()).toList());
    }

    private static PDFont font(PDDocument document) throws IOException {
        Path path = SYSTEM_FONTS.stream().filter(Files::isReadable).findFirst().orElseThrow(() ->
                new IllegalStateException("No font with Chinese glyphs for the plan PDF: install fonts-wqy-microhei"));
        if (!path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return PDType0Font.load(document, path.toFile());
        }
        TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
        List<TrueTypeFont> fonts = new ArrayList<>();
        collection.processAllFonts(fonts::add);
        return PDType0Font.load(document, fonts.getFirst(), true);
    }

    /** Lines flowing down A4 pages, a new page when one is full; any Chinese character may end a line. */
    private static final class Flow {

        private static final float MARGIN = 50;
        private static final float BODY = 10;

        private final PDDocument document;
        private final PDFont font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Flow(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void fields(String... labelsAndValues) {
            for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
                if (!labelsAndValues[i + 1].isEmpty()) {
                    text(labelsAndValues[i] + "：" + labelsAndValues[i + 1]);
                }
            }
        }

        void text(String text) {
            for (String paragraph : text.split("\\R")) {
                wrapped(paragraph, BODY);
            }
        }

        void line(String text, float size) {
            wrapped(text, size);
        }

        void gap() {
            y -= BODY;
        }

        private void wrapped(String text, float size) {
            try {
                StringBuilder line = new StringBuilder();
                Matcher tokens = TOKEN.matcher(text);
                while (tokens.find()) {
                    String token = tokens.group();
                    if (!line.isEmpty() && width(line + token, size) > width) {
                        show(line.toString(), size);
                        line.setLength(0);
                    }
                    line.append(token);
                }
                show(line.toString(), size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void show(String text, float size) throws IOException {
            if (y - size * 1.5f < MARGIN) {
                content.close();
                newPage();
            }
            y -= size * 1.5f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(text);
            content.endText();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
