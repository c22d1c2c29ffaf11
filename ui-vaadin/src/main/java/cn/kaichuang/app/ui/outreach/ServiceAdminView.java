package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.outreach.ServiceResources;
import cn.kaichuang.outreach.ServiceResources.Status;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 创业服务: the directory of service resources and the trainees' requests, followed to an outcome. */
@Route(value = "outreach/services", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class ServiceAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ServiceResources services;
    private final Feedback feedback = new Feedback(this, "outreach.error.forbidden");
    final Grid<ServiceResources.Resource> directory = new Grid<>();
    final Grid<ServiceResources.Request> requests = new Grid<>();
    private final EmptyState noRequests;

    ServiceAdminView(ServiceResources services) {
        this.services = services;
        addClassName("kc-view");
        setSizeFull();
        directory.addColumn(ServiceResources.Resource::kind).setHeader(getTranslation("outreach.field.kind")).setAutoWidth(true);
        directory.addColumn(ServiceResources.Resource::name).setHeader(getTranslation("outreach.field.title")).setFlexGrow(2);
        directory.addColumn(ServiceResources.Resource::contact).setHeader(getTranslation("outreach.field.contact")).setAutoWidth(true);
        directory.addColumn(r -> cn.kaichuang.app.ui.Regions.name(this, r.regionCode()))
                .setHeader(getTranslation("outreach.field.region")).setAutoWidth(true);
        directory.setAllRowsVisible(true);
        requests.addColumn(ServiceResources.Request::serviceName).setHeader(getTranslation("outreach.service.service"))
                .setFlexGrow(2);
        requests.addColumn(ServiceResources.Request::displayName).setHeader(getTranslation("outreach.field.name")).setAutoWidth(true);
        requests.addColumn(ServiceResources.Request::tenant).setHeader(getTranslation("outreach.field.institution")).setAutoWidth(true);
        requests.addColumn(ServiceResources.Request::note).setHeader(getTranslation("outreach.service.note")).setFlexGrow(2);
        requests.addColumn(r -> Formats.dateTime(this, r.submittedAt())).setHeader(getTranslation("outreach.service.submitted-at"))
                .setAutoWidth(true);
        requests.addColumn(r -> getTranslation("outreach.service.status." + r.status())).setHeader(getTranslation("outreach.field.status"))
                .setAutoWidth(true);
        requests.addColumn(ServiceResources.Request::outcomeNote).setHeader(getTranslation("outreach.service.outcome")).setFlexGrow(2);
        requests.addComponentColumn(this::actions).setHeader(getTranslation("outreach.field.actions")).setAutoWidth(true);
        noRequests = new EmptyState(VaadinIcon.HANDSHAKE, getTranslation("outreach.service.no-requests"));
        add(new H2(getTranslation("nav.outreach-services")),
                Fields.primary(getTranslation("outreach.service.new"), () -> addDialog().open()), directory,
                new H3(getTranslation("outreach.service.requests")), requests, noRequests);
        refresh();
    }

    private HorizontalLayout actions(ServiceResources.Request request) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (request.status() == Status.SUBMITTED) {
            actions.add(Fields.small(getTranslation("outreach.service.accept"), () -> {
                if (feedback.attempt(() -> services.update(request.id(), Status.IN_PROGRESS, "")) != null) {
                    refresh();
                }
            }));
        }
        if (request.status() == Status.SUBMITTED || request.status() == Status.IN_PROGRESS) {
            actions.add(Fields.small(getTranslation("outreach.service.resolve"), () -> closeDialog(request, Status.RESOLVED).open()),
                    Fields.small(getTranslation("outreach.service.decline"), () -> closeDialog(request, Status.DECLINED).open()));
        }
        return actions;
    }

    void refresh() {
        directory.setItems(services.directory());
        List<ServiceResources.Request> all = services.requests();
        requests.setItems(all);
        requests.setVisible(!all.isEmpty());
        noRequests.setVisible(all.isEmpty());
    }

    FormDialog closeDialog(ServiceResources.Request request, Status outcome) {
        TextArea note = Fields.area(this, "outreach.service.outcome", 1000);
        return new FormDialog(getTranslation("outreach.service.status." + outcome) + " · " + request.serviceName(),
                getTranslation("outreach.save"), () -> {
            boolean ok = feedback.attempt(() -> services.update(request.id(), outcome, note.getValue())) != null;
            if (ok) {
                refresh();
            }
            return ok;
        }, note);
    }

    FormDialog addDialog() {
        TextField kind = Fields.text(this, "outreach.field.kind", 40);
        kind.setPlaceholder(getTranslation("outreach.service.kind-example"));
        TextField name = Fields.text(this, "outreach.field.title", 200);
        TextArea description = Fields.area(this, "outreach.field.description", 2000);
        TextField contact = Fields.text(this, "outreach.field.contact", 200);
        return new FormDialog(getTranslation("outreach.service.new"), getTranslation("outreach.create"), () -> {
            Long id = feedback.attempt(() -> services.add(kind.getValue(), name.getValue(), description.getValue(),
                    contact.getValue()));
            if (id != null) {
                refresh();
            }
            return id != null;
        }, kind, name, description, contact);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outreach-services") + " | " + getTranslation("app.name");
    }
}
