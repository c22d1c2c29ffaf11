package cn.kaichuang.app.ui.certificate;

import cn.kaichuang.certificate.Eligibility;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** What can be done with one trainee's row: override, issue, download the PDF, revoke. */
record RowActions(CertificatesView view) {

    Component of(Eligibility row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (!row.eligible()) {
            actions.add(small("certificates.override", click -> new ReasonDialog(
                    view.getTranslation("certificates.override.title", row.traineeName()),
                    view.getTranslation("certificates.override.prompt"), view.getTranslation("certificates.override"),
                    false, reason -> {
                        if (view.succeeds(() -> view.certificates().overrideCompletion(view.selectedCohort().id(),
                                row.trainee(), reason))) {
                            view.done("certificates.overridden", row.traineeName());
                        }
                    }).open()));
        }
        if (row.issuable()) {
            actions.add(small("certificates.issue", click -> {
                var issued = view.attempt(() -> view.certificates().issue(view.selectedCohort().id(), row.trainee()));
                if (issued != null) {
                    view.done("certificates.issued", issued.serial(), row.traineeName());
                }
            }));
        }
        String serial = row.certificate();
        if (serial != null) {
            actions.add(pdf(serial), small("certificates.revoke", click -> revoke(row, serial)));
        }
        return actions;
    }

    private void revoke(Eligibility row, String serial) {
        new RevokeDialog(view.getTranslation("certificates.revoke.title", serial, row.traineeName()),
                (category, reason) -> {
                    if (view.attempt(() -> view.certificates().revoke(serial, category, reason)) != null) {
                        view.done("certificates.revoked", serial);
                    }
                }).open();
    }

    private Anchor pdf(String serial) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = view.certificates().pdf(serial);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "certificate-" + serial + ".pdf",
                    "application/pdf", pdf.length);
        }), "PDF");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Button small(String key, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(view.getTranslation(key), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
