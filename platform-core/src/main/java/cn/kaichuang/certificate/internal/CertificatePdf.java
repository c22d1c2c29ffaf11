package cn.kaichuang.certificate.internal;

import cn.kaichuang.certificate.Certificate;
import cn.kaichuang.certificate.CertificateProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/** The printable certificate: A4 landscape, Chinese text, a QR code to the verification page. */
@Component
public class CertificatePdf {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final float MARGIN = 72;

    private final ChineseFont fonts;
    private final CertificateProperties properties;

    CertificatePdf(ChineseFont fonts, CertificateProperties properties) {
        this.fonts = fonts;
        this.properties = properties;
    }

    public byte[] render(Certificate certificate) {
        try (PDDocument document = new PDDocument()) {
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4Landscape);
            document.addPage(page);
            PDFont font = fonts.load(document);
            String url = properties.verificationUrl(certificate.serial()).toString();
            PDImageXObject qr = LosslessFactory.createFromImage(document, QrCode.of(url, 300));
            try (PageWriter writer = new PageWriter(document, page, font)) {
                float width = a4Landscape.getWidth();
                float top = a4Landscape.getHeight() - MARGIN;
                writer.frame(24);
                writer.centred("创业培训合格证书", 32, top - 20);
                writer.centred("Certificate of Entrepreneurship Training", 12, top - 44);
                writer.paragraph(body(certificate), 16, MARGIN + 20, top - 110, width - 2 * MARGIN - 40, 30);
                writer.text("证书编号：" + certificate.serial(), 12, MARGIN + 20, MARGIN + 70);
                writer.text("发证日期：" + CHINESE_DATE.format(certificate.issuedAt().atZone(CHINA)), 12, MARGIN + 20,
                        MARGIN + 50);
                writer.text("发证机构：" + certificate.institutionName(), 12, MARGIN + 20, MARGIN + 30);
                writer.image(qr, width - MARGIN - 110, MARGIN + 20, 100);
                writer.text("扫码核验", 10, width - MARGIN - 80, MARGIN + 6);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("创业培训合格证书 " + certificate.serial());
            info.setSubject(url);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering certificate " + certificate.serial() + " failed", e);
        }
    }

    private static String body(Certificate c) {
        return "学员 " + c.traineeName() + "（公民身份号码 " + c.idCard().value() + "）于 "
                + CHINESE_DATE.format(c.startDate()) + " 至 " + CHINESE_DATE.format(c.endDate()) + " 在 "
                + c.institutionName() + " 参加" + c.courseType().chineseName() + "培训，完成全部课程，经考核合格，特发此证。";
    }
}
