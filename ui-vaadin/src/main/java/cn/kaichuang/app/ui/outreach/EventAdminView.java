package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.outreach.Events;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;

/** 活动: events with their capacity and waiting list, and the check-in list staff use at the door. */
@Route(value = "outreach/events", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class EventAdminView extends VerticalLayout implements HasDynamicTitle {

    private final Events events;
    private final Feedback feedback = new Feedback(this, "outreach.error.forbidden");
    final Grid<Events.Event> grid = new Grid<>();
    private final EmptyState empty;

    EventAdminView(Events events) {
        this.events = events;
        addClassName("kc-view");
        setSizeFull();
        grid.addColumn(Events.Event::title).setHeader(getTranslation("outreach.field.title")).setFlexGrow(3);
        grid.addColumn(e -> Formats.dateTime(this, e.startsAt())).setHeader(getTranslation("outreach.field.starts-at"))
                .setAutoWidth(true);
        grid.addColumn(Events.Event::place).setHeader(getTranslation("outreach.field.place")).setFlexGrow(2);
        grid.addColumn(Events.Event::capacity).setHeader(getTranslation("outreach.field.capacity")).setAutoWidth(true);
        grid.addColumn(Events.Event::registered).setHeader(getTranslation("outreach.event.registered-count")).setAutoWidth(true);
        grid.addColumn(Events.Event::waiting).setHeader(getTranslation("outreach.event.waiting-count")).setAutoWidth(true);
        grid.addComponentColumn(e -> Fields.small(getTranslation("outreach.event.check-in-list"),
                () -> checkInDialog(e).open())).setHeader(getTranslation("outreach.field.actions")).setAutoWidth(true);
        empty = new EmptyState(VaadinIcon.CALENDAR, getTranslation("outreach.event.none"));
        add(new H2(getTranslation("nav.outreach-events")),
                Fields.primary(getTranslation("outreach.event.new"), () -> createDialog().open()), grid, empty);
        refresh();
    }

    void refresh() {
        List<Events.Event> all = events.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    FormDialog createDialog() {
        TextField title = Fields.text(this, "outreach.field.title", 200);
        TextField place = Fields.text(this, "outreach.field.place", 200);
        DateTimePicker starts = Fields.when(this, "outreach.field.starts-at", Fields.nowInChina().plusDays(7));
        DateTimePicker ends = Fields.when(this, "outreach.field.ends-at", Fields.nowInChina().plusDays(7).plusHours(2));
        IntegerField capacity = new IntegerField(getTranslation("outreach.field.capacity"));
        capacity.setValue(50);
        capacity.setMin(1);
        TextArea description = Fields.area(this, "outreach.field.description", 2000);
        return new FormDialog(getTranslation("outreach.event.new"), getTranslation("outreach.create"), () -> {
            Instant from = Fields.instant(starts);
            Instant to = Fields.instant(ends);
            Long id = from == null || to == null ? null : feedback.attempt(() -> events.create(new Events.NewEvent(
                    title.getValue(), description.getValue(), place.getValue(), from, to,
                    capacity.getValue() == null ? 0 : capacity.getValue())));
            if (from == null || to == null) {
                feedback.error(getTranslation("outreach.error.times"));
            }
            if (id != null) {
                feedback.done("outreach.event.created", title.getValue());
                refresh();
            }
            return id != null;
        }, title, place, starts, ends, capacity, description);
    }

    Dialog checkInDialog(Events.Event event) {
        Grid<Events.Registration> list = new Grid<>();
        list.addColumn(Events.Registration::displayName).setHeader(getTranslation("outreach.field.name"));
        list.addColumn(Events.Registration::tenant)
                .setHeader(getTranslation("outreach.field.institution"));
        list.addColumn(r -> getTranslation("outreach.event.status." + r.status())).setHeader(getTranslation("outreach.field.status"));
        list.addComponentColumn(r -> r.checkedInAt() != null
                ? Cards.badge(getTranslation("outreach.event.checked-in", Formats.dateTime(this, r.checkedInAt())), "success")
                : r.status() == Events.Status.REGISTERED
                        ? Fields.small(getTranslation("outreach.event.check-in"), () -> {
                            if (feedback.attempt(() -> events.checkIn(r.id())) != null) {
                                feedback.done("outreach.event.checked-in-done", r.displayName());
                                list.setItems(events.registrations(event.id()));
                            }
                        })
                        : new com.vaadin.flow.component.html.Span())
                .setHeader(getTranslation("outreach.event.check-in"));
        list.setItems(events.registrations(event.id()));
        Dialog dialog = new Dialog(list);
        dialog.setHeaderTitle(event.title());
        dialog.setWidth("min(48rem, 95vw)");
        dialog.getFooter().add(Fields.small(getTranslation("action.close"), () -> {
            dialog.close();
            refresh();
        }));
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outreach-events") + " | " + getTranslation("app.name");
    }
}
