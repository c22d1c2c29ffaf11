package cn.kaichuang.app.ui.audit;

import cn.kaichuang.app.security.CurrentUser;
import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.audit.AuditEntry;
import cn.kaichuang.audit.AuditQuery;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.audit.ChainVerification;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.supervision.SupervisedInstitution;
import cn.kaichuang.supervision.SupervisedInstitutions;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * 审计日志: an institution admin reads their institution's chain; the province admin reads the
 * platform's chain or picks an institution's. Paged from the database, filtered, sorted,
 * verified on demand and exported to Excel.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSTITUTION_ADMIN})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail audit;
    private final Caller user = CurrentUser.require();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final AuditFilters filters = new AuditFilters(this::reload);
    private final ComboBox<Tenant> institution = new ComboBox<>();
    private final Span total = new Span();
    /** What the export writes: the chain and filter last shown (the download runs outside the UI's lock). */
    private volatile @Nullable Shown shown;

    private record Shown(@Nullable TenantCode chain, AuditQuery query) {
    }

    AuditLogView(AuditTrail audit, SupervisedInstitutions institutions) {
        this.audit = audit;
        addClassName("kc-view");
        setSizeFull();
        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE.create(), click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(event -> {
            Shown current = shown;
            event.setFileName("audit-" + (current == null || current.chain() == null ? "platform"
                    : current.chain().value()) + "-" + LocalDate.now(Formats.CHINA) + ".xlsx");
            event.setContentType(AuditExcel.CONTENT_TYPE);
            if (current != null) {
                AuditExcel.write(audit, current.chain(), current.query(), this::getTranslation, event.getOutputStream());
            }
        }, getTranslation("audit.export"));
        export.addClassName("kc-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("audit.title")), verify, export);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        add(header);
        if (user.role() == Role.PROVINCE_ADMIN) {
            institution.setLabel(getTranslation("audit.chain"));
            institution.setPlaceholder(getTranslation("audit.chain.platform"));
            institution.setItems(institutions.visible().stream().map(SupervisedInstitution::tenant).toList());
            institution.setItemLabelGenerator(t -> t.name() + "（" + t.code().value() + "）");
            institution.setClearButtonVisible(true);
            institution.setWidth("22rem");
            institution.addValueChangeListener(change -> reload());
            add(institution);
        }
        configureGrid();
        add(filters, total, grid);
        reload();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AuditEntry::seq).setHeader(getTranslation("audit.seq")).setSortProperty("SEQ")
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(this, e.occurredAt())).setHeader(getTranslation("audit.time"))
                .setSortProperty("OCCURRED_AT").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setSortProperty("ACTOR")
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setSortProperty("ACTION")
                .setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + " " + e.subjectId()).setHeader(getTranslation("audit.subject"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.tenant() == null ? "—" : e.tenant()).setHeader(getTranslation("audit.institution"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.hash().substring(0, 12) + "…").setHeader(getTranslation("audit.hash"))
                .setAutoWidth(true);
        grid.setMultiSort(false);
    }

    private @Nullable TenantCode chain() {
        if (user.role() == Role.PROVINCE_ADMIN) {
            return institution.getValue() == null ? null : institution.getValue().code();
        }
        return user.tenantCode().orElseThrow();
    }

    private void reload() {
        Optional<AuditQuery> query = filters.query(AuditQuery.Sort.SEQ, false);
        if (query.isEmpty()) {
            return;
        }
        TenantCode chain = chain();
        AuditQuery filter = query.get();
        long count = audit.count(chain, filter);
        shown = new Shown(chain, filter);
        total.setText(getTranslation("audit.count", count));
        grid.setItems(q -> fetch(chain, filter, q), q -> (int) Math.min(Integer.MAX_VALUE, audit.count(chain, filter)));
    }

    private Stream<AuditEntry> fetch(@Nullable TenantCode chain, AuditQuery filter, Query<AuditEntry, Void> q) {
        AuditQuery sorted = sortOf(q.getSortOrders()).map(s -> filter.sortedBy(AuditQuery.Sort.valueOf(
                s.getSorted()), s.getDirection() == SortDirection.ASCENDING)).orElse(filter);
        shown = new Shown(chain, sorted);
        return audit.find(chain, sorted, q.getOffset(), q.getLimit()).stream();
    }

    private static Optional<QuerySortOrder> sortOf(List<QuerySortOrder> orders) {
        return orders.stream().findFirst();
    }

    private void verify() {
        ChainVerification result = audit.verify(chain());
        Notification note;
        if (result.intact()) {
            note = Notification.show(getTranslation("audit.verified", result.checked()));
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            String when = result.firstBrokenAt() == null ? "—" : Formats.dateTime(this, result.firstBrokenAt());
            note = Notification.show(getTranslation("audit.broken", result.firstBrokenSeq(), when,
                    getTranslation(problemKey(result.problem()))));
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            note.setDuration(0);
        }
    }

    /** The verifier's three findings (see the core's ChainVerifier), in the user's language. */
    private static String problemKey(@Nullable String problem) {
        if (problem != null && problem.startsWith("entry ")) {
            return "audit.problem.missing";
        }
        return problem != null && problem.startsWith("link ") ? "audit.problem.link" : "audit.problem.content";
    }

    Grid<AuditEntry> grid() {
        return grid;
    }

    AuditFilters filters() {
        return filters;
    }

    ComboBox<Tenant> institutionField() {
        return institution;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
