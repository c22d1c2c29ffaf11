package cn.kaichuang.certificate.internal;

import cn.kaichuang.certificate.CertificateProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Finds a font with Chinese glyphs for the certificate PDF. No CJK font ships with the JDK and
 * the usable free ones are several megabytes, so the platform takes the system's (the image
 * installs fonts-wqy-microhei) or the one configured, and says plainly when there is none.
 */
@Component
class ChineseFont {

    private static final List<Path> SYSTEM_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("/System/Library/Fonts/PingFang.ttc"));

    private final Optional<Path> file;

    ChineseFont(CertificateProperties properties) {
        this.file = properties.font() != null ? Optional.of(properties.font())
                : SYSTEM_FONTS.stream().filter(Files::isReadable).findFirst();
    }

    /** Embeds the font (subset) into {@code document}; the collection stays open with the document. */
    PDType0Font load(PDDocument document) throws IOException {
        Path path = file.filter(Files::isReadable).orElseThrow(() -> new IllegalStateException(
                "No font with Chinese glyphs for certificates: install fonts-wqy-microhei or set"
                        + " kaichuang.certificate.font to a .ttf/.ttc file"));
        if (!path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return PDType0Font.load(document, path.toFile());
        }
        TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
        List<TrueTypeFont> fonts = new ArrayList<>();
        collection.processAllFonts(fonts::add);
        TrueTypeFont first = fonts.stream().findFirst()
                .orElseThrow(() -> new IOException("Empty font collection " + path));
        return PDType0Font.load(document, first, true);
    }
}
