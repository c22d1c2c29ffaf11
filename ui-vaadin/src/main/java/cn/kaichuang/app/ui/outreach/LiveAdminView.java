package cn.kaichuang.app.ui.outreach;

import cn.kaichuang.app.security.Roles;
import cn.kaichuang.app.ui.EmptyState;
import cn.kaichuang.app.ui.Feedback;
import cn.kaichuang.app.ui.Formats;
import cn.kaichuang.app.ui.MainLayout;
import cn.kaichuang.outreach.LiveSessions;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;

/** 直播: scheduled live sessions from an HLS address, who watched while live, and the replay link. */
@Route(value = "outreach/live", layout = MainLayout.class)
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PREFECTURE_ADMIN})
public class LiveAdminView extends VerticalLayout implements HasDynamicTitle {

    private final LiveSessions live;
    private final Feedback feedback = new Feedback(this, "outreach.error.forbidden");
    final Grid<LiveSessions.Live> grid = new Grid<>();
    private final EmptyState empty;

    LiveAdminView(LiveSessions live) {
        this.live = live;
        addClassName("kc-view");
        setSizeFull();
        grid.addColumn(LiveSessions.Live::title).setHeader(getTranslation("outreach.field.title")).setFlexGrow(3);
        grid.addColumn(l -> Formats.dateTime(this, l.startsAt())).setHeader(getTranslation("outreach.field.starts-at"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation("outreach.live.phase." + l.phase())).setHeader(getTranslation("outreach.field.status"))
                .setAutoWidth(true);
        grid.addColumn(LiveSessions.Live::attendees).setHeader(getTranslation("outreach.live.attendees")).setAutoWidth(true);
        grid.addComponentColumn(l -> {
            HorizontalLayout actions = new HorizontalLayout(
                    Fields.small(getTranslation("outreach.live.attendance"), () -> attendanceDialog(l).open()),
                    Fields.small(getTranslation("outreach.live.set-replay"), () -> replayDialog(l).open()));
            actions.setSpacing(false);
            return actions;
        }).setHeader(getTranslation("outreach.field.actions")).setAutoWidth(true);
        empty = new EmptyState(VaadinIcon.PLAY_CIRCLE_O, getTranslation("outreach.live.none"));
        add(new H2(getTranslation("nav.outreach-live")),
                Fields.primary(getTranslation("outreach.live.new"), () -> scheduleDialog().open()), grid, empty);
        refresh();
    }

    void refresh() {
        List<LiveSessions.Live> all = live.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    FormDialog scheduleDialog() {
        TextField title = Fields.text(this, "outreach.field.title", 200);
        TextField url = Fields.text(this, "outreach.field.stream-url", 500);
        url.setPlaceholder("https://…/index.m3u8");
        DateTimePicker starts = Fields.when(this, "outreach.field.starts-at", Fields.nowInChina().plusDays(1));
        DateTimePicker ends = Fields.when(this, "outreach.field.ends-at", Fields.nowInChina().plusDays(1).plusHours(1));
        TextArea description = Fields.area(this, "outreach.field.description", 2000);
        return new FormDialog(getTranslation("outreach.live.new"), getTranslation("outreach.create"), () -> {
            Instant from = Fields.instant(starts);
            Instant to = Fields.instant(ends);
            if (from == null || to == null) {
                feedback.error(getTranslation("outreach.error.times"));
                return false;
            }
            Long id = feedback.attempt(() -> live.schedule(title.getValue(), description.getValue(), url.getValue(), from, to));
            if (id != null) {
                feedback.done("outreach.live.created", title.getValue());
                refresh();
            }
            return id != null;
        }, title, url, starts, ends, description);
    }

    private FormDialog replayDialog(LiveSessions.Live session) {
        TextField url = Fields.text(this, "outreach.field.replay-url", 500);
        if (session.replayUrl() != null) {
            url.setValue(session.replayUrl());
        }
        return new FormDialog(session.title(), getTranslation("outreach.save"), () -> {
            boolean ok = feedback.succeeds(() -> live.setReplay(session.id(), url.getValue()));
            if (ok) {
                refresh();
            }
            return ok;
        }, url);
    }

    private Dialog attendanceDialog(LiveSessions.Live session) {
        Grid<LiveSessions.Attendee> list = new Grid<>();
        list.addColumn(LiveSessions.Attendee::displayName).setHeader(getTranslation("outreach.field.name"));
        list.addColumn(LiveSessions.Attendee::tenant).setHeader(getTranslation("outreach.field.institution"));
        list.addColumn(a -> Formats.dateTime(this, a.joinedAt())).setHeader(getTranslation("outreach.live.joined-at"));
        list.setItems(live.attendance(session.id()));
        Dialog dialog = new Dialog(list);
        dialog.setHeaderTitle(session.title());
        dialog.setWidth("min(40rem, 95vw)");
        dialog.getFooter().add(Fields.small(getTranslation("action.close"), dialog::close));
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outreach-live") + " | " + getTranslation("app.name");
    }
}
