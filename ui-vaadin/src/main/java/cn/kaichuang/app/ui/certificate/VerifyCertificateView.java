package cn.kaichuang.app.ui.certificate;

import cn.kaichuang.app.ui.CourseTypes;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.certificate.CertificateStatus;
import cn.kaichuang.certificate.Certificates;
import cn.kaichuang.certificate.PublicCertificate;
import cn.kaichuang.protection.RateLimits;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * 证书核验: the page the QR code on a certificate opens. No login: employers and banks check a
 * paper with it. Shows masked personal data only, and says plainly when a certificate was revoked.
 */
@Route("verify/:serial?")
@AnonymousAllowed
public class VerifyCertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Certificates certificates;
    private final RateLimits rateLimits;
    private final TextField serial = new TextField();
    private final Div result = new Div();

    VerifyCertificateView(Certificates certificates, RateLimits rateLimits) {
        this.certificates = certificates;
        this.rateLimits = rateLimits;
        addClassName("kc-verify");
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
        serial.setPlaceholder("43-2026-SYB-000001");
        serial.setLabel(getTranslation("verify.serial"));
        serial.setWidthFull();
        Button check = new Button(getTranslation("verify.check"), click -> show(serial.getValue().strip()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(serial, check);
        form.setWidthFull();
        form.setAlignItems(Alignment.BASELINE);
        result.setWidthFull();
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("serial").ifPresent(value -> {
            serial.setValue(value);
            show(value);
        });
    }

    private void show(String value) {
        result.removeAll();
        if (!allowed()) {
            result.add(new Paragraph(getTranslation("verify.too-many")));
            result.getElement().setAttribute("data-status", "RATE_LIMITED");
            return;
        }
        Optional<PublicCertificate> found = value.isEmpty() ? Optional.empty() : certificates.verify(value);
        if (found.isEmpty()) {
            result.add(new Paragraph(getTranslation("verify.not-found", value)));
            result.getElement().setAttribute("data-status", "NOT_FOUND");
            return;
        }
        PublicCertificate c = found.get();
        result.getElement().setAttribute("data-status", c.status().name());
        Span badge = new Span(getTranslation("verify.status." + c.status().name()));
        badge.getElement().getThemeList().add(c.status() == CertificateStatus.VALID ? "badge success" : "badge error");
        result.add(badge, line("verify.holder", c.maskedName()), line("verify.id-card", c.maskedIdCard()),
                line("verify.course", CourseTypes.name(this, c.courseType())),
                line("verify.institution", c.institutionName()),
                line("verify.period", Formats.date(this, c.startDate()) + " — " + Formats.date(this, c.endDate())),
                line("verify.issued", Formats.dateTime(this, c.issuedAt())), line("verify.number", c.serial()));
        if (c.revokedAt() != null) {
            result.add(line("verify.revoked-at", Formats.dateTime(this, c.revokedAt())));
            if (c.revokeCategory() != null) {
                result.add(line("verify.revoke-category", getTranslation("revocation." + c.revokeCategory().name())));
            }
        }
    }

    /**
     * Each lookup costs a token of the client address's bucket, so serials cannot be enumerated
     * faster than a person types them; an address unknown to the container shares one bucket.
     */
    private boolean allowed() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        return rateLimits.tryConsume(RateLimits.CERTIFICATE_VERIFY, address).allowed();
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph(getTranslation(labelKey) + "：" + value);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | " + getTranslation("app.name");
    }
}
