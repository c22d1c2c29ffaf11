package cn.kaichuang.certificate;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where the platform is reached from outside: the QR code on a certificate
 *     links to {@code <publicUrl>/verify/<serial>}
 * @param font a TrueType font (.ttf, .ttc or .otf with TrueType outlines) with Chinese glyphs for
 *     the PDF; unset: the first of the usual system fonts (WenQuanYi, Noto CJK) that exists
 */
@ConfigurationProperties("kaichuang.certificate")
public record CertificateProperties(@DefaultValue("http://localhost:8080") URI publicUrl, @Nullable Path font) {

    public URI verificationUrl(String serial) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/verify/" + serial);
    }
}
