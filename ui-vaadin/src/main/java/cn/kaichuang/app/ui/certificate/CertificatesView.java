package cn.kaichuang.app.ui.certificate;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.certificate.CertificateException;
import cn.kaichuang.certificate.Certificates;
import cn.kaichuang.certificate.Eligibility;
import cn.kaichuang.certificate.IssueSummary;
import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.identity.AccessRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/** 证书发放: per cohort, who has completed, overrides with a reason, issue one or all, revoke. */
@Route(value = "certificates", layout = MainLayout.class)
@RolesAllowed(Roles.INSTITUTION_ADMIN)
public class CertificatesView extends VerticalLayout implements HasDynamicTitle {

    private final Certificates certificates;
    private final ComboBox<CohortView> cohort = new ComboBox<>();
    private final Grid<Eligibility> grid = new Grid<>();
    private final Button issueAll = new Button();
    private final Anchor zip = new Anchor();
    private final Paragraph notice = new Paragraph();
    private final EmptyState empty;

    CertificatesView(Certificates certificates, Cohorts cohorts) {
        this.certificates = certificates;
        addClassName("kc-view");
        setSizeFull();
        List<CohortView> all = cohorts.all();
        cohort.setLabel(getTranslation("certificates.cohort"));
        cohort.setItems(all);
        cohort.setItemLabelGenerator(CohortView::name);
        cohort.setWidth("min(24rem, 100%)");
        cohort.addValueChangeListener(change -> refresh());
        issueAll.setText(getTranslation("certificates.issue-all"));
        issueAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issueAll.addClickListener(click -> confirmIssueAll());
        new EligibilityColumns(this, grid, new RowActions(this)).addTo();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        empty = new EmptyState(VaadinIcon.DIPLOMA, getTranslation(all.isEmpty() ? "certificates.no-cohorts"
                : "certificates.pick-cohort"));
        zip.setText(getTranslation("certificates.download-all"));
        zip.getElement().setAttribute("download", true);
        notice.addClassName("kc-notice");
        HorizontalLayout toolbar = new HorizontalLayout(cohort, issueAll, zip);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2(getTranslation("certificates.title")), toolbar, notice, grid, empty);
        refresh();
    }

    void refresh() {
        CohortView selected = cohort.getValue();
        List<Eligibility> rows = selected == null ? List.of() : attempt(() -> certificates.eligibility(selected.id()));
        grid.setItems(rows == null ? List.of() : rows);
        grid.setVisible(selected != null);
        empty.setVisible(selected == null);
        boolean completed = selected != null && selected.status() == CohortStatus.COMPLETED;
        issueAll.setEnabled(completed && rows != null && rows.stream().anyMatch(Eligibility::issuable));
        notice.setVisible(selected != null && !completed);
        if (selected != null && !completed) {
            notice.setText(getTranslation(selected.status() == CohortStatus.ARCHIVED ? "certificates.cohort-archived"
                    : "certificates.cohort-not-completed", getTranslation("cohort.status." + selected.status().name())));
        }
        boolean anyIssued = rows != null && rows.stream().anyMatch(e -> e.certificate() != null);
        zip.setVisible(anyIssued);
        if (anyIssued) {
            CohortView chosen = selected;
            zip.setHref(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = certificates.pdfZip(chosen.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), "certificates-" + chosen.id().value()
                        + ".zip", "application/zip", bytes.length);
            }));
        }
    }

    Certificates certificates() {
        return certificates;
    }

    CohortView selectedCohort() {
        return cohort.getValue();
    }

    /** Runs a service call; a refusal becomes a localized notification and {@code null}. */
    <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (CertificateException e) {
            return failed(getTranslation(e.messageKey(), e.argument()));
        } catch (AccessRefusedException e) {
            return failed(getTranslation("certificate.error.forbidden", e.operation()));
        }
    }

    private <T> T failed(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        return null;
    }

    boolean succeeds(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    void done(String messageKey, Object... arguments) {
        Notification.show(getTranslation(messageKey, arguments), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void confirmIssueAll() {
        long count = grid.getListDataView().getItems().filter(Eligibility::issuable).count();
        CohortView selected = cohort.getValue();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("certificates.issue-all"),
                getTranslation("certificates.issue-all.confirm", count, selected.name()),
                getTranslation("certificates.issue"), event -> new BatchIssue(this, selected,
                        grid.getListDataView().getItems().map(Eligibility::trainee).toList()).start());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    /** What the batch did, kept open until read: issued, skipped as already holding, not eligible. */
    void showSummary(IssueSummary summary) {
        ConfirmDialog result = new ConfirmDialog();
        result.setHeader(getTranslation("certificates.summary.title"));
        result.setText(getTranslation("certificates.summary", summary.issued().size(), summary.alreadyHolding(),
                summary.notEligible()));
        result.setConfirmText(getTranslation("certificates.summary.close"));
        result.addClassName("kc-issue-summary");
        result.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " | " + getTranslation("app.name");
    }
}
