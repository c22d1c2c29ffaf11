package cn.kaichuang.app.ui.institution;

import cn.kaichuang.app.ui.CohortStatuses;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.LecturerView;
import cn.kaichuang.cohort.LifecycleException;
import cn.kaichuang.cohort.NewSession;
import cn.kaichuang.cohort.SessionView;
import cn.kaichuang.cohort.Venue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One session of the timetable: when, what, where (address and coordinates, which the check-in
 * geofence uses) and who teaches. A new session starts at the cohort's venue and lead lecturer.
 */
class SessionDialog extends Dialog {

    SessionDialog(String title, @Nullable SessionView existing, CohortView cohort, List<LecturerView> staff,
            Consumer<NewSession> onSave) {
        setHeaderTitle(title);
        DateTimePicker starts = new DateTimePicker(getTranslation("cohort.session.starts"));
        DateTimePicker ends = new DateTimePicker(getTranslation("cohort.session.ends"));
        TextField topic = new TextField(getTranslation("cohort.session.topic"));
        topic.setMaxLength(200);
        TextField address = new TextField(getTranslation("cohort.session.address"));
        address.setMaxLength(300);
        NumberField latitude = new NumberField(getTranslation("cohort.session.latitude"));
        latitude.setMin(-90);
        latitude.setMax(90);
        NumberField longitude = new NumberField(getTranslation("cohort.session.longitude"));
        longitude.setMin(-180);
        longitude.setMax(180);
        ComboBox<LecturerView> lecturer = new ComboBox<>(getTranslation("cohort.session.lecturer"));
        lecturer.setItems(staff);
        lecturer.setItemLabelGenerator(LecturerView::name);
        Venue venue = existing == null ? cohort.venue() : existing.venue();
        address.setValue(venue.address());
        latitude.setValue(venue.latitude());
        longitude.setValue(venue.longitude());
        if (existing == null) {
            LocalDateTime first = cohort.startDate().atTime(9, 0);
            starts.setValue(first);
            ends.setValue(first.plusHours(3));
            staff.stream().filter(l -> l.id().equals(cohort.leadLecturer())).findFirst().ifPresent(lecturer::setValue);
        } else {
            starts.setValue(existing.startsAt());
            ends.setValue(existing.endsAt());
            topic.setValue(existing.topic());
            staff.stream().filter(l -> l.id().equals(existing.lecturer())).findFirst().ifPresent(lecturer::setValue);
        }
        FormLayout form = new FormLayout(starts, ends, topic, lecturer, address, latitude, longitude);
        form.setColspan(address, 2);
        add(form);

        Button save = new Button(getTranslation("cohort.session.save"), click -> {
            LocalDateTime from = starts.getValue();
            LocalDateTime to = ends.getValue();
            Double lat = latitude.getValue();
            Double lon = longitude.getValue();
            LecturerView who = lecturer.getValue();
            if (from == null || to == null || who == null || lat == null || lon == null) {
                error(getTranslation("cohort.error.required"));
                return;
            }
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                error(getTranslation("cohort.error.coordinates"));
                return;
            }
            try {
                onSave.accept(new NewSession(from, to, topic.getValue(), new Venue(address.getValue().strip(), lat, lon),
                        who.id()));
                CohortStatuses.showDone(getTranslation("cohort.session.saved"));
                close();
            } catch (LifecycleException e) {
                CohortStatuses.showError(this, e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }

    private static void error(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
